namespace Reader.Claims.Comparison;

/// <summary>
/// An <see cref="EditionComparer"/> for the preview, which compares the edition again after every edit. Gives
/// exactly what <see cref="EditionComparer"/> gives for the same articles. Not thread-safe.
/// </summary>
public sealed class IncrementalComparer
{
    private readonly EditionComparer comparer;

    public IncrementalComparer(CompareOptions? options = null) => comparer = new EditionComparer(options);

    /// <summary>How many claims the last <see cref="Compare"/> searched.</summary>
    public int LastSearched { get; private set; }

    public EditionComparison Compare(IReadOnlyList<ArticleAnalysis> articles)
    {
        LastSearched = articles.Sum(a => a.Input.Claims.Count);
        return comparer.Compare(articles);
    }
}
