using Reader.Claims.Model;

namespace Reader.Claims.Text;

/// <summary>
/// Splits prose into sentences. A full stop after a known abbreviation ("U.S.", "Dr.", "Feb.", "Corp.")
/// or an initial does not end a sentence unless what follows clearly starts one.
/// </summary>
/// <remarks>
/// One pass, bounded look-behind (the word before a full stop) and look-ahead (closing quotes, spaces and
/// the next word), so it is linear on any input. Rules at a '.', '!', '?' or '…':
/// <list type="bullet">
/// <item>closing quotes and brackets after the mark belong to the sentence ("…end.\" Next");</item>
/// <item>no break unless whitespace follows and the next sentence starts with an upper-case letter, a digit or an opening quote;</item>
/// <item>after a title ("Mr.", "Dr.", "No.") never break; after another abbreviation, a dotted acronym ("U.S.")
/// or a single initial ("J."), break only when the next word is a common sentence starter ("The", "It", "But" …);</item>
/// <item>a blank line always ends a sentence.</item>
/// </list>
/// </remarks>
public static class SentenceSplitter
{
    private const int MaxWordLookBehind = 24;

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        if (string.IsNullOrEmpty(text)) return spans;
        int start = 0, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' && IsBlankLineAfter(text, i))
            {
                Add(spans, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…') end++;
                while (end < text.Length && IsCloser(text[end])) end++;
                if (EndsSentence(text, i, end))
                {
                    Add(spans, text, start, end);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool EndsSentence(string text, int mark, int end)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return false;
        int next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return true;
        int wordStart = next;
        while (wordStart < text.Length && IsOpener(text[wordStart])) wordStart++;
        if (wordStart >= text.Length) return true;
        char first = text[wordStart];
        if (!(char.IsUpper(first) || char.IsDigit(first) || wordStart > next)) return false;
        if (text[mark] != '.') return true;
        if (mark + 2 < text.Length && text[mark + 1] == '.' && text[mark + 2] == '.') return true; // ellipsis "..."
        var before = WordBefore(text, mark);
        if (before.IsEmpty) return true;
        string key = before.ToString().TrimEnd('.');
        if (Abbreviations.Titles.Contains(key)) return false;
        bool ambiguous = Abbreviations.Others.Contains(key) || IsInitialOrAcronym(before);
        if (!ambiguous) return true;
        if (char.IsDigit(first)) return false; // "Mar. 3", "No. 5"
        return SentenceStarters.Words.Contains(NextWord(text, wordStart));
    }

    /// <summary>The word before the full stop, dots included ("U.S", "Corp", "J").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int mark)
    {
        int j = mark;
        int limit = Math.Max(0, mark - MaxWordLookBehind);
        while (j > limit && (char.IsLetter(text[j - 1]) || text[j - 1] == '.')) j--;
        return text.AsSpan(j, mark - j);
    }

    /// <summary>"J" (an initial) or "U.S" / "U.K" / "a.m" (letters separated by dots).</summary>
    private static bool IsInitialOrAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return char.IsUpper(word[0]);
        for (int k = 0; k < word.Length; k++)
        {
            bool letterSlot = k % 2 == 0;
            if (letterSlot != char.IsLetter(word[k])) return false;
            if (!letterSlot && word[k] != '.') return false;
        }
        return true;
    }

    private static string NextWord(string text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < MaxWordLookBehind && char.IsLetter(text[j])) j++;
        return text.Substring(i, j - i);
    }

    private static bool IsBlankLineAfter(string text, int newline)
    {
        int j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        // Only a blank line: a single newline may be a soft wrap inside a paragraph.
        return j < text.Length && text[j] == '\n';
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end - start));
    }
}
