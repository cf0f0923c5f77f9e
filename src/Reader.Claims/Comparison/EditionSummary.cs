namespace Reader.Claims.Comparison;

/// <summary>
/// The edition-wide half of a comparison, from every claim's findings: subjects (union of the matches),
/// each claim's counts and note entries, and the comparison page's rows. Linear in claims plus matches.
/// </summary>
internal static class EditionSummary
{
    public static EditionComparison Of(EditionIndex index, ClaimFindings[] findings, CompareOptions options)
    {
        var claims = index.Claims;
        var (clusterOf, clusters) = SubjectClusterer.Build(index, findings);

        // Counting and note building read only the index: in parallel, then added in claim order (first id wins).
        var results = new ClaimComparison[claims.Length];
        Parallel.For(0, claims.Length, i =>
        {
            var found = findings[i];
            var (agree, differ, mention) = ClaimCounter.Count(index, i, found, clusterOf[i]);
            var nearest = NoteEntries.For(index, i, found, options.MaxEntriesPerClaim);
            results[i] = new ClaimComparison(claims[i].Input.ClaimId, nearest, agree, differ, mention);
        });
        var byClaim = new Dictionary<string, ClaimComparison>(claims.Length, StringComparer.Ordinal);
        foreach (var result in results) byClaim.TryAdd(result.ClaimId, result);
        // Rows are for the comparison page and data files, which a preview makes after the reload: made when first asked for.
        return new EditionComparison(byClaim, new Lazy<IReadOnlyList<SubjectGroup>>(() => SubjectRows.Build(index, clusters)));
    }
}
