using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>The result of analysing one article's text, before interning.</summary>
internal sealed record AnalysedArticle(IReadOnlyList<string>[] SentenceTerms, ClaimAnalysis[] Claims)
{
    public static AnalysedArticle Of(ArticleInput article, TermPool pool)
    {
        var sentenceTerms = article.Sentences.Select(s => pool.Share(TermExtractor.Terms(s.Text))).ToArray();
        var textById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < article.Sentences.Count; s++) textById.TryAdd(article.Sentences[s].SentenceId, s);
        var claims = article.Claims.Select(c =>
        {
            int s = textById.TryGetValue(c.SentenceId, out int i) ? i : -1;
            return ClaimAnalysis.Of(c, s >= 0 ? article.Sentences[s].Text : "", s >= 0 ? sentenceTerms[s] : [], pool);
        }).ToArray();
        return new AnalysedArticle(sentenceTerms, claims);
    }
}
