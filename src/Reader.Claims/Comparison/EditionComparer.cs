namespace Reader.Claims.Comparison;

/// <summary>
/// Compares every claim of an edition with what the other articles say. Claims are indexed by kind and
/// subject terms, so the work grows with the number of claims that share terms, never with every pair.
/// Thread-safe; pure: the same input gives the same output.
/// </summary>
/// <remarks>
/// Steps: analyse and index (<see cref="EditionIndex"/>); per claim, in parallel, the best claim of each other
/// article on the same subject (<see cref="ClaimMatcher"/>) and the sentences that mention it without a figure
/// (<see cref="MentionFinder"/>); union the matches into subjects (<see cref="SubjectClusterer"/>); count and
/// build notes and rows. Every per-claim search is capped, so the whole is near-linear in claims.
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
        var matcher = new ClaimMatcher(index, options);
        var finder = new MentionFinder(index, options);
        var claims = index.Claims;

        var findings = new ClaimFindings[claims.Length];
        Parallel.For(0, claims.Length, i =>
        {
            var (matches, truncated) = matcher.Match(claims[i]);
            var covered = new HashSet<int>(matches.Select(m => claims[m.Other].Article));
            var (mentions, mentionsTruncated) = finder.Find(claims[i], covered);
            findings[i] = new ClaimFindings(matches, truncated, mentions, mentionsTruncated);
        });

        var (clusterOf, clusters) = SubjectClusterer.Build(index, findings);

        // Counting and note building read only the index: in parallel, then added in claim order (first id wins).
        var results = new ClaimComparison[claims.Length];
        Parallel.For(0, claims.Length, i =>
        {
            var claim = claims[i];
            var found = findings[i];
            var (agree, differ, mention) = ClaimCounter.Count(index, claim, found, clusterOf[i]);
            var nearest = NoteEntries.For(index, claim, found, options.MaxEntriesPerClaim);
            results[i] = new ClaimComparison(claim.Input.ClaimId, nearest, agree, differ, mention);
        });
        var byClaim = new Dictionary<string, ClaimComparison>(claims.Length, StringComparer.Ordinal);
        foreach (var result in results) byClaim.TryAdd(result.ClaimId, result);
        return new EditionComparison(byClaim, SubjectRows.Build(index, clusters));
    }
}
