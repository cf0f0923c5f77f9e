namespace Reader.Claims.Text;

/// <summary>
/// Turns prose into matching terms: English tokens, lower-cased, stop words removed, stemmed
/// (Lucene's English analysis), so "invested", "investing" and "investment" meet. Thread-safe.
/// </summary>
public static class TermExtractor
{
    public static IReadOnlyList<string> Terms(string text)
    {
        // TODO(claims-comparison): Lucene EnglishAnalyzer.
        return text.Split([' ', ',', '.', ';', ':', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToArray();
    }
}
