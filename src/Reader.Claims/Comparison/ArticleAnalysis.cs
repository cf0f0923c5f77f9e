namespace Reader.Claims.Comparison;

/// <summary>
/// The per-article half of the comparison: every sentence's words and every claim's frame made ready for
/// matching, once. It needs nothing from the rest of the edition, so a pipeline computes it per article, in
/// parallel, and keeps it with the article; <see cref="EditionComparer.Compare(IReadOnlyList{ArticleAnalysis})"/>
/// then only indexes and matches. Immutable and thread-safe.
/// </summary>
public sealed class ArticleAnalysis
{
    private ArticleAnalysis(ArticleInput input, PreparedArticle result)
    {
        Input = input;
        Result = result;
    }

    public ArticleInput Input { get; }

    internal PreparedArticle Result { get; }

    public static ArticleAnalysis Of(ArticleInput input) => new(input, PreparedArticle.Of(input));
}
