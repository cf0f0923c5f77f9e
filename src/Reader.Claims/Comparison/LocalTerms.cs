using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>
/// The content words right next to a figure, inside its clause: what it counts and what happened
/// ("12 people were killed" → peopl, kill; "30 were injured" → injur). Whole sentences of one story share
/// most of their words, so only these tell a death toll from an injury count.
/// </summary>
internal static class LocalTerms
{
    private const int WordsEachSide = 3;
    private const int NearWordsEachSide = 4;
    private static readonly char[] SentenceBreaks = [';', '(', ')', '—', '–'];
    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '—', '–', '"', '“', '”'];
    private static readonly string[] ClauseWords = [" and ", " but ", " while ", " whereas ", " as well as "];

    /// <summary>
    /// Terms of the clause around <paramref name="figure"/> (the counted noun <paramref name="head"/> left out),
    /// and its event word: the first term after the figure ("12 people were killed"), else the last before it
    /// ("the blast killed 12"). Empty when the figure isn't found.
    /// </summary>
    public static (IReadOnlyList<string> Terms, string Event) Around(string sentence, string figure, string head)
    {
        int at = string.IsNullOrEmpty(figure) ? -1 : sentence.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0) return ([], "");
        var left = RecentTerms(ClauseTail(sentence[..at])).Where(t => t != head).ToArray();
        var right = RecentTerms(ClauseHead(sentence[(at + figure.Length)..])).Where(t => t != head).ToArray();
        var terms = left.Skip(Math.Max(0, left.Length - WordsEachSide)).Concat(right.Take(WordsEachSide)).Distinct().ToArray();
        string eventWord = right.Length > 0 ? right[0] : left.Length > 0 ? left[^1] : "";
        return (terms, eventWord);
    }

    /// <summary>
    /// Up to four terms each side of the figure, across commas ("the military construction budget, to the tune
    /// of $3.5 billion"): the words that pin what a figure is an amount of, for telling a contradiction from two
    /// figures about different things in sentences on the same story.
    /// </summary>
    public static IReadOnlyList<string> Near(string sentence, string figure)
    {
        int at = string.IsNullOrEmpty(figure) ? -1 : sentence.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0) return [];
        var before = sentence[..at];
        var after = sentence[(at + figure.Length)..];
        int cut = before.LastIndexOfAny(SentenceBreaks);
        if (cut >= 0) before = before[(cut + 1)..];
        cut = after.IndexOfAny(SentenceBreaks);
        if (cut >= 0) after = after[..cut];
        var left = RecentTerms(before);
        return left.Skip(Math.Max(0, left.Count - NearWordsEachSide)).Concat(RecentTerms(after).Take(NearWordsEachSide))
            .Distinct().ToArray();
    }

    /// <summary>
    /// The terms of <see cref="Near"/> that come from capitalised words not opening the sentence: names of
    /// people, places and bodies. A story's names stand beside many of its figures, so a shared name alone
    /// does not show that two figures are about the same thing.
    /// </summary>
    /// <param name="near">What <see cref="Near"/> gave for the same sentence and figure (callers need both; analysing it twice cost two passes).</param>
    public static IReadOnlyList<string> NamesNear(string sentence, IReadOnlyList<string> near)
    {
        if (near.Count == 0) return [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var words = sentence.Split((char[])[' ', ',', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++)
            if (char.IsUpper(words[i][0]))
                foreach (var term in TermExtractor.Terms(words[i])) names.Add(term);
        return near.Where(names.Contains).ToArray();
    }

    private const int RecentCount = 4;

    // Around and Near cut the same sentence at the same figure; a side with no comma, bracket or joining word
    // is the same text for both, so its terms are taken from the last few analysed on this thread.
    [ThreadStatic] private static string?[]? recentTexts;
    [ThreadStatic] private static IReadOnlyList<string>[]? recentTerms;
    [ThreadStatic] private static int recentNext;

    private static IReadOnlyList<string> RecentTerms(string text)
    {
        var texts = recentTexts ??= new string?[RecentCount];
        var terms = recentTerms ??= new IReadOnlyList<string>[RecentCount];
        for (int i = 0; i < RecentCount; i++)
            if (string.Equals(texts[i], text, StringComparison.Ordinal)) return terms[i];
        var result = TermExtractor.Terms(text);
        texts[recentNext] = text;
        terms[recentNext] = result;
        recentNext = (recentNext + 1) % RecentCount;
        return result;
    }

    private static string ClauseTail(string text)
    {
        int cut = text.LastIndexOfAny(ClauseBreaks);
        foreach (var word in ClauseWords)
            cut = Math.Max(cut, text.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        return cut >= 0 ? text[(cut + 1)..] : text;
    }

    private static string ClauseHead(string text)
    {
        int cut = text.IndexOfAny(ClauseBreaks);
        if (cut < 0) cut = text.Length;
        foreach (var word in ClauseWords)
        {
            int i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i < cut) cut = i;
        }
        return text[..cut];
    }
}
