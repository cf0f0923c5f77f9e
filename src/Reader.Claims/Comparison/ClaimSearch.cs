namespace Reader.Claims.Comparison;

/// <summary>
/// Searches the edition for one claim: the best claim of each other article on the same subject
/// (<see cref="ClaimMatcher"/>), then the sentences of the articles left that mention it without a figure
/// (<see cref="MentionFinder"/>). Thread-safe: many claims are searched in parallel.
/// </summary>
internal sealed class ClaimSearch(EditionIndex index, CompareOptions options, bool keepTraces)
{
    private readonly ClaimMatcher matcher = new(index, options);
    private readonly MentionFinder finder = new(index, options);

    public ClaimFindings Find(PreparedClaim claim)
    {
        var matchTrace = keepTraces ? new ScanTrace() : null;
        var scanOrder = index.Table.InScanOrder(claim.Terms);
        var (matches, truncated) = matcher.Match(claim, scanOrder, matchTrace);
        var (mentions, mentionsTruncated, mentionTrace) = FindMentions(claim, scanOrder, matches);
        return new ClaimFindings(matches, truncated, mentions, mentionsTruncated, matchTrace, mentionTrace);
    }

    /// <summary>
    /// The findings again after one article was replaced by one of the same shape (see <see cref="IndexChange.ReshapedClaimLists"/>):
    /// every scan reads the same ids in the same order, so only that article's own candidates are weighed again.
    /// Returns <paramref name="old"/> itself when nothing moved, which keeps what was made of it.
    /// </summary>
    public ClaimFindings Patch(PreparedClaim claim, ClaimFindings old, IndexChange change)
    {
        var (oldMatch, newMatch) = Reweigh(old.Matches, old.MatchTrace!.Candidates, change.ClaimStart, change.OldClaimEnd,
            candidates => matcher.Evaluate(claim, candidates));
        var matches = Replaced(old.Matches, oldMatch, newMatch);
        // The article's match decides whether its sentences may be mentions at all: if that changed, the
        // mention scan accepts other ids and must run again.
        if (oldMatch is null != newMatch is null)
        {
            var (found, truncated, mentionTrace) = FindMentions(claim, index.Table.InScanOrder(claim.Terms), matches);
            return new ClaimFindings(matches, old.MatchesTruncated, found, truncated, old.MatchTrace, mentionTrace);
        }
        var (oldMention, newMention) = Reweigh(old.Mentions, old.MentionTrace!.Candidates, change.SentenceStart, change.OldSentenceEnd,
            candidates => finder.Evaluate(claim, candidates));
        if (oldMatch == newMatch && oldMention == newMention)
        {
            // The same ids, but the article's words may have changed: its entries in the note must be made again.
            if (oldMatch is not null || oldMention is not null) old.Nearest = null;
            return old;
        }
        var mentions = Replaced(old.Mentions, oldMention, newMention);
        return new ClaimFindings(matches, old.MatchesTruncated, mentions, old.MentionsTruncated, old.MatchTrace, old.MentionTrace);
    }

    /// <summary>The article's entry among <paramref name="found"/> (ids in [start, end)), and what its candidates give now.</summary>
    private static (ClaimMatch? Before, ClaimMatch? After) Reweigh(List<ClaimMatch> found, List<int> candidates, int start, int end,
        Func<List<int>, List<ClaimMatch>> evaluate)
    {
        ClaimMatch? before = null;
        foreach (var m in found) if (m.Other >= start && m.Other < end) before = m;
        List<int>? own = null;
        foreach (var id in candidates) if (id >= start && id < end) (own ??= []).Add(id);
        // One article's candidates give at most one entry: its best.
        ClaimMatch? after = own is null ? null : evaluate(own) is [var best] ? best : null;
        return (before, after);
    }

    private static List<ClaimMatch> Replaced(List<ClaimMatch> found, ClaimMatch? before, ClaimMatch? after)
    {
        if (before == after) return found;
        var result = new List<ClaimMatch>(found.Count + 1);
        foreach (var m in found) if (before is not { } b || m != b) result.Add(m);
        if (after is { } a) result.Add(a);
        ClaimMatch.Sort(result);
        return result;
    }

    /// <summary>
    /// Fills <paramref name="findings"/> in parallel: every claim searched afresh when <paramref name="work"/> is
    /// null; otherwise as each claim's <see cref="SearchWork"/> says, patching the findings already there.
    /// </summary>
    public void Run(ClaimFindings[] findings, SearchWork[]? work = null, IndexChange? change = null)
    {
        var claims = index.Claims;
        Parallel.For(0, claims.Length, i =>
        {
            switch (work?[i] ?? SearchWork.Search)
            {
                case SearchWork.Search: findings[i] = Find(claims[i]); break;
                case SearchWork.Patch: findings[i] = Patch(claims[i], findings[i], change!); break;
            }
        });
    }

    private (List<ClaimMatch>, bool, ScanTrace?) FindMentions(PreparedClaim claim, int[] scanOrder, List<ClaimMatch> matches)
    {
        var trace = keepTraces ? new ScanTrace() : null;
        var covered = new HashSet<int>(matches.Select(m => index.Claims[m.Other].Article));
        var (mentions, truncated) = finder.Find(claim, scanOrder, covered, trace);
        return (mentions, truncated, trace);
    }
}
