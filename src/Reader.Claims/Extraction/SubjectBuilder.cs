using System.Text;
using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;
using Reader.Claims.Text;

namespace Reader.Claims.Extraction;

/// <summary>
/// Says what a figure is about. The label is the counted noun phrase when there is one
/// ("Dutch farms operating in Ohio"); for money and percentages the "of/for/in …" phrase that
/// follows ("border security", "revenue"); otherwise the words just before the figure in its clause
/// ("acquire the carmaker", "due to visit the mayor"). Terms come from the sentence around the claim,
/// clipped to a window so one enormous "sentence" cannot make extraction quadratic.
/// </summary>
internal static class SubjectBuilder
{
    private const int MaxLabelWords = 6;
    private const int TermsWindow = 240;

    private static readonly WordSet LinkWords = new("of", "for", "in", "on", "to");

    /// <param name="lastWindow">
    /// The window whose terms were analysed last in this Extract call. Every figure of a sentence shorter than
    /// the window gets the same window (the whole sentence), and figures come in order, so the last answer is
    /// usually this one's: reused instead of analysing the same text once per figure.
    /// </param>
    public static Subject Build(TokenStream s, RawFigure f, TextSpan sentence, ref (int From, int To, IReadOnlyList<string>? Terms) lastWindow)
    {
        int first = f.NounFirst, end = f.NounEnd, head = f.HeadToken;
        int nf, ne, nh;
        if (first < 0 && f.Kind is ClaimKind.Money or ClaimKind.Percent && s.IsWord(f.End) && LinkWords.Contains(s.Span(f.End))
            && NounPhraseReader.TryRead(s, f.End + 1 + (s.IsWord(f.End + 1, "the") ? 1 : 0), out nf, out ne, out nh))
        {
            (first, end, head) = (nf, ne, nh);
        }
        // "the 1995 river flood", "the March 3 meeting": a date that modifies a noun dates that noun.
        if (first < 0 && f.Kind is ClaimKind.Date or ClaimKind.Year && NounPhraseReader.TryRead(s, f.End, out nf, out ne, out nh))
            (first, end, head) = (nf, ne, nh);
        if (first < 0) (first, end) = Before(s, f.First, sentence.Start);
        if (first < 0) (first, end) = After(s, f.End, sentence.End);
        string label = first >= 0 && end > first ? Collapse(s.Text.AsSpan(s[first].Start, s[end - 1].End - s[first].Start)) : "";
        string headWord = head >= 0 ? s.Span(head).ToString() : LastContentWord(s, first, end);
        string stemmedHead = headWord.Length == 0 ? "" : TermExtractor.Terms(headWord).FirstOrDefault() ?? headWord.ToLowerInvariant();
        var (from, to) = Window(s.Text, s[f.First].Start, s[f.End - 1].End, sentence);
        if (lastWindow.Terms is null || lastWindow.From != from || lastWindow.To != to)
            lastWindow = (from, to, TermExtractor.Terms(s.Text.Substring(from, to - from).Replace('\uFFFC', ' ')));
        return new Subject(label, stemmedHead, lastWindow.Terms);
    }

    /// <summary>The content words just before the figure, within its clause, trimmed of function words.</summary>
    private static (int First, int End) Before(TokenStream s, int figureFirst, int sentenceStart)
    {
        int end = figureFirst, first = figureFirst, words = 0;
        for (int j = figureFirst - 1; j >= 0 && words < MaxLabelWords; j--)
        {
            // Words after another figure belong to that figure ("5 percent more on Mar. 3"): no label from them.
            if (s.IsNumber(j)) return (-1, -1);
            // A joined clause ("$90 million was pledged and 5 percent") starts another subject.
            if (s[j].Start < sentenceStart || s.IsClauseBreak(j) || ClauseJoins.Contains(s.Span(j))) break;
            if (s[j].Kind == TokenKind.Symbol && s.Text[s[j].Start] == '.' && !(s.IsWord(j - 1) && s[j - 1].Length <= 2)) break;
            first = j;
            if (s.IsWord(j)) words++;
        }
        while (first < end && !IsContent(s, first)) first++;
        while (end > first && !IsContent(s, end - 1) && !IsAcronymDot(s, end - 1)) end--;
        return first < end ? (first, end) : (-1, -1);
    }

    /// <summary>
    /// When nothing before the figure names it, the content words after it in its clause:
    /// "up to $90 million was pledged" → "pledged".
    /// </summary>
    private static (int First, int End) After(TokenStream s, int figureEnd, int sentenceEnd)
    {
        // Only a verb phrase names the figure from behind ("… was pledged"); other words after it rarely do.
        if (!s.IsWord(figureEnd) || !Auxiliaries.Contains(s.Span(figureEnd))) return (-1, -1);
        int first = figureEnd, end = figureEnd, words = 0;
        for (int j = figureEnd; j < s.Count && words < MaxLabelWords; j++)
        {
            if (s[j].End > sentenceEnd || s.IsClauseBreak(j) || s.IsNumber(j) || ClauseJoins.Contains(s.Span(j))) break;
            if (s.IsSymbol(j, '.') && !IsAcronymDot(s, j)) break;
            end = j + 1;
            if (s.IsWord(j)) words++;
        }
        while (first < end && !IsContent(s, first)) first++;
        while (end > first && !IsContent(s, end - 1) && !IsAcronymDot(s, end - 1)) end--;
        return first < end ? (first, end) : (-1, -1);
    }

    private static readonly WordSet Auxiliaries = new("was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "been");

    private static readonly WordSet ClauseJoins = new("and", "but", "while", "whereas", "or");

    private static bool IsContent(TokenStream s, int i) => (s.IsWord(i) && !s.IsFunctionWord(i)) || s.IsNumber(i);

    private static bool IsAcronymDot(TokenStream s, int i) => s.IsSymbol(i, '.') && s.Glued(i) && s.IsWord(i - 1) && s[i - 1].Length <= 2 && s.IsCapitalised(i - 1);

    private static string LastContentWord(TokenStream s, int first, int end)
    {
        if (first < 0) return "";
        for (int j = end - 1; j >= first; j--)
            if (s.IsLower(j) && !s.IsFunctionWord(j)) return s.Span(j).ToString();
        for (int j = end - 1; j >= first; j--)
            if (s.IsWord(j) && !s.IsFunctionWord(j)) return s.Span(j).ToString();
        return "";
    }

    private static (int From, int To) Window(string text, int claimStart, int claimEnd, TextSpan sentence)
    {
        int from = Math.Max(sentence.Start, claimStart - TermsWindow);
        int to = Math.Min(Math.Max(sentence.End, claimEnd), claimEnd + TermsWindow);
        if (from > claimStart) from = claimStart;
        while (from > sentence.Start && from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < sentence.End && to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        return (from, to);
    }

    private static string Collapse(ReadOnlySpan<char> span)
    {
        var sb = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
