namespace Reader.Claims.Comparison;

/// <summary>
/// Searches the edition for one claim: the claims of other articles that share its frame's concepts or its
/// clause's words (read rarest key first, outward from the claim's own position, up to
/// <see cref="CompareOptions.MaxCandidatesPerClaim"/>), weighed by <see cref="FrameMatcher"/> — the best of each
/// other article kept, an agreeing one before a closer differing one — then the sentences of the articles left
/// that mention it (<see cref="MentionFinder"/>). Thread-safe: many claims are searched in parallel.
/// </summary>
/// <remarks>
/// Per other article, an agreeing claim is preferred to a differing one: an article that gives several figures
/// near a quantity, one of them compatible, corroborates it (the others are usually related amounts — requested
/// and granted), and a contradiction that cannot be pinned down is worse than none.
/// </remarks>
internal sealed class ClaimSearch(EditionIndex index, CompareOptions options)
{
    private readonly MentionFinder mentions = new(index, options);

    public ClaimFindings Find(int claim)
    {
        var (matches, truncated) = Matches(claim);
        var covered = new HashSet<int>(matches.Select(m => index.ClaimArticle[m.Other]));
        var (found, mentionsTruncated) = mentions.Find(claim, covered);
        return new ClaimFindings(matches, truncated, found, mentionsTruncated);
    }

    /// <summary>The best related claim of each other article, and whether the candidate scan was cut short.</summary>
    public (List<ClaimMatch> Matches, bool Truncated) Matches(int claim)
    {
        var c = index.Claims[claim];
        if (c.Interval is null) return ([], false);
        int article = index.ClaimArticle[claim];
        // The list of every claim of the group is read only when it fits under the cap: a small edition compares
        // every pair of its group, a large one only claims that share a concept or a word.
        var lists = c.Keys
            .Select(k => (Key: k, Ids: index.ClaimsWith(c.Group, k)))
            .Where(l => l.Ids.Length > 0 && (l.Key != PreparedArticle.AnyKey || l.Ids.Length <= options.MaxCandidatesPerClaim))
            .OrderBy(l => l.Ids.Length).ThenBy(l => l.Key);
        var (candidates, truncated) = CandidateScan.Collect(lists, claim, options.MaxCandidatesPerClaim, id => index.ClaimArticle[id] != article);
        return (BestPerArticle(claim, candidates), truncated);
    }

    private List<ClaimMatch> BestPerArticle(int claim, List<int> candidates)
    {
        var best = new Dictionary<int, (ClaimMatch Best, ClaimMatch? Agreeing)>();
        foreach (var id in candidates)
        {
            if (FrameMatcher.Match(index, claim, id, options) is not { } match) continue;
            int other = index.ClaimArticle[id];
            if (!best.TryGetValue(other, out var current)) current = (match, null);
            else if (Better(match, current.Best)) current.Best = match;
            if (match.Relation == Relation.Agrees && (current.Agreeing is not { } a || Better(match, a))) current.Agreeing = match;
            best[other] = current;
        }
        var result = best.Values.Select(v => v.Agreeing ?? v.Best).ToList();
        ClaimMatch.Sort(result);
        return result;
    }

    private static bool Better(ClaimMatch x, ClaimMatch y) => x.Score > y.Score || (x.Score == y.Score && x.Other < y.Other);

    /// <summary>Fills <paramref name="findings"/> for the claims in <paramref name="claims"/> (all when null), in parallel.</summary>
    public void Run(ClaimFindings[] findings, IReadOnlyList<int>? claims = null)
    {
        if (claims is null) Parallel.For(0, findings.Length, i => findings[i] = Find(i));
        else Parallel.ForEach(claims, i => findings[i] = Find(i));
    }
}
