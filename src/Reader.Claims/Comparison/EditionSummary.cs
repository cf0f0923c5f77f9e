namespace Reader.Claims.Comparison;

/// <summary>
/// The edition-wide half of a comparison, from every claim's findings: subjects (union of the matches),
/// each claim's counts and note entries, and the comparison page's rows. Linear in claims plus matches.
/// </summary>
internal static class EditionSummary
{
    /// <param name="previous">See <see cref="SubjectClusterer.Build"/>.</param>
    public static (EditionComparison Comparison, SubjectCluster[] ClusterOf) Of(EditionIndex index, ClaimFindings[] findings,
        CompareOptions options, (ClaimFindings[] Findings, SubjectCluster[] ByClaim)? previous = null)
    {
        var claims = index.Claims;
        var (clusterOf, clusters) = SubjectClusterer.Build(index, findings, previous);

        // Counting and note building read only the index: in parallel, then added in claim order (first id wins).
        var results = new ClaimComparison[claims.Length];
        Parallel.For(0, claims.Length, i =>
        {
            var claim = claims[i];
            var found = findings[i];
            var (agree, differ, mention) = ClaimCounter.Count(index, claim, found, clusterOf[i]);
            var nearest = found.Nearest ??= NoteEntries.For(index, claim, found, options.MaxEntriesPerClaim);
            results[i] = new ClaimComparison(claim.Input.ClaimId, nearest, agree, differ, mention);
        });
        var byClaim = new Dictionary<string, ClaimComparison>(claims.Length, StringComparer.Ordinal);
        foreach (var result in results) byClaim.TryAdd(result.ClaimId, result);
        // Rows are for the comparison page and data files, which a preview makes after the reload: made when first asked for.
        return (new EditionComparison(byClaim, new Lazy<IReadOnlyList<SubjectGroup>>(() => SubjectRows.Build(index, clusters))), clusterOf);
    }
}
