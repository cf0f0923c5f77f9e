namespace Reader.Claims.Comparison;

/// <summary>
/// After one article was replaced (<see cref="IndexEdit"/>), decides what each other claim's findings need,
/// and carries them over to the new ids. A search that read no part of a posting list where the article's
/// claims or sentences were or now are (<see cref="ScanSpan.Covers"/>) read only unchanged entries in the same
/// order: its findings still hold. One that read such a part of lists whose ids did not change read the same
/// ids: only the article's own candidates need weighing again (<see cref="SearchWork.Patch"/>). Anything else —
/// a list reshaped under it, one of its own terms reweighed, a reweighed claim read — is searched again.
/// </summary>
internal static class AffectedClaims
{
    /// <param name="index">The index after the edit.</param>
    /// <param name="old">Findings by the ids before the edit, with their traces.</param>
    /// <returns>Findings by the new ids (null where the claim must be searched again) and the work each needs.</returns>
    public static (ClaimFindings[] Findings, SearchWork[] Work) Plan(EditionIndex index, ClaimFindings[] old, IndexChange change)
    {
        var findings = new ClaimFindings[index.Claims.Length];
        var work = new SearchWork[index.Claims.Length];
        Array.Fill(work, SearchWork.Search);
        Parallel.For(0, old.Length, i =>
        {
            if (i >= change.ClaimStart && i < change.OldClaimEnd) return;
            var found = old[i];
            var claim = index.Claims[change.NewClaimId(i)];
            var needed = Needed(claim, found, change);
            work[claim.Index] = needed;
            if (needed != SearchWork.Search) findings[claim.Index] = Moved(found, change);
        });
        return (findings, work);
    }

    private static SearchWork Needed(PreparedClaim claim, ClaimFindings found, IndexChange change)
    {
        if (found.MatchTrace is null || found.MentionTrace is null) return SearchWork.Search;
        if (change.Reweighed.Count > 0 && (claim.Terms.Any(change.Reweighed.Contains) || claim.Local.Any(change.Reweighed.Contains)))
            return SearchWork.Search;
        var needed = SearchWork.Keep;
        foreach (var span in found.MatchTrace.Spans)
        {
            if (change.ReweighedClaimsByList.TryGetValue(span.List, out var ids) && AnyWithin(ids, span.Low, span.High))
                return SearchWork.Search;
            if (!span.Covers(change.ClaimStart, change.OldClaimEnd) || !change.ClaimLists.Contains(span.List)) continue;
            if (change.ReshapedClaimLists.Contains(span.List)) return SearchWork.Search;
            needed = SearchWork.Patch;
        }
        foreach (var span in found.MentionTrace.Spans)
        {
            if (!span.Covers(change.SentenceStart, change.OldSentenceEnd) || !change.SentenceLists.Contains(span.List)) continue;
            if (change.ReshapedSentenceLists.Contains(span.List)) return SearchWork.Search;
            needed = SearchWork.Patch;
        }
        return needed;
    }

    private static bool AnyWithin(List<int> sorted, int low, int high)
    {
        int i = sorted.BinarySearch(low);
        if (i < 0) i = ~i;
        return i < sorted.Count && sorted[i] <= high;
    }

    /// <summary>The same findings under the new ids (in place: the old findings are not used again).</summary>
    private static ClaimFindings Moved(ClaimFindings found, IndexChange change)
    {
        if (change.ClaimShift != 0)
        {
            for (int m = 0; m < found.Matches.Count; m++)
                found.Matches[m] = found.Matches[m] with { Other = change.NewClaimId(found.Matches[m].Other) };
            Move(found.MatchTrace!, change.OldClaimEnd, change.ClaimShift);
        }
        if (change.SentenceShift != 0)
        {
            for (int m = 0; m < found.Mentions.Count; m++)
                found.Mentions[m] = found.Mentions[m] with { Other = change.NewSentenceId(found.Mentions[m].Other) };
            Move(found.MentionTrace!, change.OldSentenceEnd, change.SentenceShift);
        }
        return found;
    }

    private static void Move(ScanTrace trace, int from, int by)
    {
        var spans = trace.Spans;
        for (int s = 0; s < spans.Count; s++) spans[s] = spans[s].Shifted(from, by);
        var candidates = trace.Candidates;
        for (int c = 0; c < candidates.Count; c++) if (candidates[c] >= from) candidates[c] += by;
    }
}
