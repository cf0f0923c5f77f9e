namespace Reader.Claims.Comparison;

/// <summary>
/// Compares every claim of an edition with what the other articles say. Claims are indexed by kind group and by
/// their frames' concepts and clause words, so the work grows with the claims that share them, never with every
/// pair. Thread-safe; pure: the same input gives the same output.
/// </summary>
/// <remarks>
/// Steps: prepare and index (<see cref="EditionIndex"/>); per claim, in parallel, the best claim of each other
/// article that states the same quantity and the sentences that mention it without a figure
/// (<see cref="ClaimSearch"/>); then subjects, counts, notes and rows (<see cref="EditionSummary"/>). Every
/// per-claim search is capped, so the whole is near-linear in claims.
/// </remarks>
public sealed class EditionComparer
{
    private readonly CompareOptions options;

    public EditionComparer(CompareOptions? options = null) => this.options = options ?? new CompareOptions();

    public EditionComparison Compare(IReadOnlyList<ArticleInput> articles) => Compare(EditionIndex.Build(articles));

    /// <summary>Compares articles analysed beforehand (<see cref="ArticleAnalysis.Of"/>), e.g. in a parallel per-article stage.</summary>
    public EditionComparison Compare(IReadOnlyList<ArticleAnalysis> articles) => Compare(EditionIndex.Build(articles));

    private EditionComparison Compare(EditionIndex index)
    {
        var findings = new ClaimFindings[index.Claims.Length];
        new ClaimSearch(index, options).Run(findings);
        return EditionSummary.Of(index, findings, options);
    }
}
