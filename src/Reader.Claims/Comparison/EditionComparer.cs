namespace Reader.Claims.Comparison;

/// <summary>
/// Compares every claim of an edition with what the other articles say. Claims are indexed by kind and
/// subject terms, so the work grows with the number of claims that share terms, never with every pair.
/// Thread-safe; pure: the same input gives the same output.
/// </summary>
public sealed class EditionComparer
{
    private readonly CompareOptions options;

    public EditionComparer(CompareOptions? options = null) => this.options = options ?? new CompareOptions();

    public EditionComparison Compare(IReadOnlyList<ArticleInput> articles)
    {
        // TODO(claims-comparison): replace with the indexed comparison.
        _ = options;
        return new EditionComparison(new Dictionary<string, ClaimComparison>(), []);
    }
}
