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
internal sealed class ClaimSearch(EditionIndex index, CompareOptions options, bool keepTraces = false)
{
    private readonly MentionFinder mentions = new(index, options);

    public ClaimFindings Find(int claim)
    {
        var matchSpans = keepTraces ? new List<ScanSpan>() : null;
        var mentionSpans = keepTraces ? new List<ScanSpan>() : null;
        var (matches, truncated, count) = Matches(claim, matchSpans);
        var covered = new HashSet<int>(matches.Select(m => index.ClaimArticle[m.Other]));
        var (found, mentionsTruncated, mentionCount) = mentions.Find(claim, covered, mentionSpans);
        return new ClaimFindings(matches, truncated, found, mentionsTruncated, count, mentionCount, matchSpans, mentionSpans);
    }

    /// <summary>The best related claim of each other article, whether the candidate scan was cut short, and how many it weighed.</summary>
    public (List<ClaimMatch> Matches, bool Truncated, int Candidates) Matches(int claim, List<ScanSpan>? spans = null)
    {
        var c = index.Claims[claim];
        if (c.Interval is null) return ([], false, 0);
        int article = index.ClaimArticle[claim];
        var lists = c.Keys
            .Where(k => UsesKey(c.Group, k))
            .Select(k => (Key: k, Ids: index.ClaimsWith(c.Group, k)))
            .Where(l => l.Ids.Length > 0)
            .OrderBy(l => l.Ids.Length).ThenBy(l => l.Key);
        var (candidates, truncated) = CandidateScan.Collect(lists, claim, options.MaxCandidatesPerClaim, id => index.ClaimArticle[id] != article, spans,
            (index.FirstClaim[article], index.FirstClaim[article + 1]));
        return (BestPerArticle(claim, candidates), truncated, candidates.Count);
    }

    /// <summary>The posting lists a claim's match scan reads, by key (see <see cref="UsesKey"/>).</summary>
    public IEnumerable<long> MatchLists(int claim)
    {
        var c = index.Claims[claim];
        return c.Interval is null ? [] : c.Keys.Where(k => UsesKey(c.Group, k));
    }

    /// <summary>
    /// Whether a claim's scan reads the list under <paramref name="key"/>. The list of every claim of the group is
    /// read only when it fits under the cap: a small edition compares every pair of its group, a large one only
    /// claims that share a concept or a word.
    /// </summary>
    public bool UsesKey(string group, long key) =>
        key != PreparedArticle.AnyKey || index.ClaimsWith(group, key).Length <= options.MaxCandidatesPerClaim;

    /// <summary>The best of <paramref name="candidates"/> in each article, best first.</summary>
    public List<ClaimMatch> BestPerArticle(int claim, IEnumerable<int> candidates)
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

    /// <summary>
    /// After an edit (<see cref="IncrementalComparer"/>), the matches of a claim of an unedited article whose last
    /// scan weighed every candidate: <paramref name="kept"/> (its last matches outside the edited articles, in this
    /// index's ids) with the edited articles' claims weighed again. Null when the edit brings the scan to its cap:
    /// then only a full search gives what a fresh comparison gives. <paramref name="before"/> is the last index's search.
    /// </summary>
    public (List<ClaimMatch> Matches, int Candidates)? PatchMatches(int claim, List<ClaimMatch> kept, int candidates,
        IReadOnlySet<int> edited, ClaimSearch before, int beforeId)
    {
        if (index.Claims[claim].Interval is null) return (kept, 0);
        foreach (var x in edited)
        {
            var now = CandidatesIn(claim, x);
            candidates += now.Count - before.CandidatesIn(beforeId, x).Count;
            kept.AddRange(BestPerArticle(claim, now));
        }
        if (candidates >= options.MaxCandidatesPerClaim) return null;
        ClaimMatch.Sort(kept);
        return (kept, candidates);
    }

    /// <summary>
    /// As <see cref="PatchMatches"/>, for the mentions: the edited articles' sentences weighed again, where the
    /// claim's matches (<paramref name="covered"/>, now; <paramref name="coveredBefore"/>, at the last search) leave them open.
    /// </summary>
    public (List<ClaimMatch> Mentions, int Candidates)? PatchMentions(int claim, List<ClaimMatch> kept, int candidates,
        IReadOnlySet<int> edited, IReadOnlySet<int> covered, IReadOnlySet<int> coveredBefore, ClaimSearch before)
    {
        var c = index.Claims[claim];
        if (!MentionFinder.CanBeMentioned(c)) return (kept, 0);
        var anchors = MentionFinder.Anchors(c);
        foreach (var x in edited)
        {
            var now = covered.Contains(x) ? [] : SentencesIn(anchors, x);
            candidates += now.Count - (coveredBefore.Contains(x) ? 0 : before.SentencesIn(anchors, x).Count);
            kept.AddRange(mentions.Best(claim, now));
        }
        if (candidates >= options.MaxCandidatesPerClaim) return null;
        ClaimMatch.Sort(kept);
        return (kept, candidates);
    }

    /// <summary>The claims of article <paramref name="x"/> a full search of <paramref name="claim"/> would weigh.</summary>
    public List<int> CandidatesIn(int claim, int x)
    {
        var c = index.Claims[claim];
        var found = new List<int>();
        for (int id = index.FirstClaim[x]; id < index.FirstClaim[x + 1]; id++)
        {
            var other = index.Claims[id];
            if (other.Group == c.Group && other.Interval is not null && SharesKey(c.Keys, other.Keys, c.Group)) found.Add(id);
        }
        return found;
    }

    private bool SharesKey(long[] a, long[] b, string group)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { if (UsesKey(group, a[i])) return true; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /// <summary>The sentences of article <paramref name="x"/> that hold one of the anchors (sorted concept ids).</summary>
    public List<int> SentencesIn(int[] anchors, int x)
    {
        var found = new List<int>();
        for (int id = index.FirstSentence[x]; id < index.FirstSentence[x + 1]; id++)
            if (Lexicon.LexicalProfile.Intersects(index.Sentences[id].Keys, anchors)) found.Add(id);
        return found;
    }

    /// <summary>Fills <paramref name="findings"/> for the claims in <paramref name="claims"/> (all when null), in parallel.</summary>
    public void Run(ClaimFindings[] findings, IReadOnlyList<int>? claims = null)
    {
        if (claims is null) Parallel.For(0, findings.Length, i => findings[i] = Find(i));
        else Parallel.ForEach(claims, i => findings[i] = Find(i));
    }
}
