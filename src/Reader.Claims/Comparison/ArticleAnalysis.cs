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

    /// <param name="pool">Shares word strings with the other articles analysed with the same pool.</param>
    public static ArticleAnalysis Of(ArticleInput input, Text.TermPool pool) => new(input, PreparedArticle.Of(input, pool));

    /// <summary>An article analysed on its own: its words shared only within it.</summary>
    public static ArticleAnalysis Of(ArticleInput input) => Of(input, new Text.TermPool());
}
