using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Reader.Claims.Text;

namespace Reader.Rendering.Search;

/// <summary>
/// The search index's terms: Lucene's English analysis, the same chain the build matches claims with
/// (StandardTokenizer → possessive filter → lower case → stop words → Porter stemmer), with the same
/// <see cref="EnglishStopWords"/>. Unlike the comparison's terms, figures stay ("38,500", "3.2"), positions
/// are kept for phrases, and repeats are kept. The stop words travel in the index so the page's script drops
/// the same ones; theme/assets/search.js stems with the same Porter rules (a browser test holds the two to
/// the same terms). Thread-safe: the analyzer keeps one token-stream chain per thread.
/// </summary>
public static class SearchAnalyzer
{
    public static IReadOnlyCollection<string> StopWords => EnglishStopWords.All;

    private static readonly Analyzer Analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48,
        new CharArraySet(LuceneVersion.LUCENE_48, StopWords.ToList(), ignoreCase: true).AsReadOnly());

    /// <summary>The terms of <paramref name="text"/> in order, each with its position; <paramref name="first"/> is the first position.</summary>
    public static List<SearchToken> Tokens(string text, int first = 0)
    {
        var tokens = new List<SearchToken>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = first - 1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new SearchToken(term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
