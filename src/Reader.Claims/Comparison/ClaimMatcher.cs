namespace Reader.Claims.Comparison;

/// <summary>
/// Finds, for one claim, the best claim of each other article on the same subject and whether the two
/// figures agree. Subjects match on words, never on values: IDF-weighted Dice overlap of subject terms,
/// at least <see cref="CompareOptions.MinSharedTerms"/> shared, and for counts the words next to the
/// figure must not tell two different events ("killed" vs "injured").
/// Per other article, an agreeing claim is preferred to a closer differing one: an article that gives several
/// figures near a subject, one of them compatible, corroborates it (the others are usually related amounts —
/// requested vs granted), and a contradiction we can't pin down is worse than none.
/// </summary>
internal sealed class ClaimMatcher(EditionIndex index, CompareOptions options)
{
    private const double LocalBonus = 0.5;
    private const double HeadBonus = 0.1;
    private const int MinSharedNearTermsToDiffer = 2;

    /// <param name="scanOrder">The claim's terms in <see cref="TermTable.InScanOrder"/>.</param>
    /// <param name="trace">When given, receives what the candidate scan read and found (see <see cref="ScanTrace"/>).</param>
    public (List<ClaimMatch> Matches, bool Truncated) Match(PreparedClaim claim, int[] scanOrder, ScanTrace? trace = null)
    {
        if (claim.Interval is null || claim.Terms.Length == 0) return ([], false);
        var lists = scanOrder.Select(t => (EditionIndex.PostingKey(claim.Key, t), index.ClaimsWith(claim.Key, t)));
        var (candidates, truncated) = CandidateScan.Collect(
            lists, claim.Index, options.MaxCandidatesPerClaim, id => index.Claims[id].Article != claim.Article, trace?.Spans);
        trace?.Candidates.AddRange(candidates);
        return (Evaluate(claim, candidates), truncated);
    }

    /// <summary>
    /// The match of each article among <paramref name="candidates"/>, best first. Each article's match depends
    /// only on its own candidates, so one article's can be worked out again alone.
    /// </summary>
    public List<ClaimMatch> Evaluate(PreparedClaim claim, IEnumerable<int> candidates)
    {
        if (claim.Interval is not { } interval) return [];
        var bestByArticle = new Dictionary<int, (ClaimMatch Best, ClaimMatch? BestAgreeing)>();
        foreach (var id in candidates)
        {
            var other = index.Claims[id];
            var relation = interval.Overlaps(other.Interval!.Value) ? Relation.Agrees : Relation.Differs;
            if (Score(claim, other, relation) is not { } score) continue;
            var match = new ClaimMatch(id, relation, score);
            if (!bestByArticle.TryGetValue(other.Article, out var current))
                current = (match, null);
            else if (Better(match, current.Best))
                current.Best = match;
            if (relation == Relation.Agrees && (current.BestAgreeing is not { } a || Better(match, a)))
                current.BestAgreeing = match;
            bestByArticle[other.Article] = current;
        }

        var matches = new List<ClaimMatch>(bestByArticle.Count);
        foreach (var (best, agreeing) in bestByArticle.Values)
            matches.Add(agreeing ?? best);
        ClaimMatch.Sort(matches);
        return matches;
    }

    private static bool NeighboursMeet(PreparedClaim a, PreparedClaim b)
    {
        int shared = 0;
        bool sharedWord = false;
        foreach (var term in a.Near)
        {
            if (!SortedTerms.Contains(b.Near, term)) continue;
            shared++;
            sharedWord |= !SortedTerms.Contains(a.NearNames, term) && !SortedTerms.Contains(b.NearNames, term);
        }
        return shared >= MinSharedNearTermsToDiffer || sharedWord;
    }

    private static bool IsBounded(ValueInterval v) =>
        !double.IsInfinity(v.High) && !(v.Low <= 0 && v.High > 0);

    private bool IsTally(PreparedClaim claim) =>
        index.Keys[claim.Key].StartsWith("count|", StringComparison.Ordinal) ||
        index.Keys[claim.Key].StartsWith("ordinal|", StringComparison.Ordinal);

    private static bool Better(ClaimMatch x, ClaimMatch y) => x.Score > y.Score || (x.Score == y.Score && x.Other < y.Other);

    /// <summary>How closely two claims' subjects match, or null when they are not the same subject.</summary>
    private double? Score(PreparedClaim a, PreparedClaim b, Relation relation)
    {
        var (shared, count) = SortedTerms.Shared(a.Terms, b.Terms, index.Table);
        if (count < options.MinSharedTerms) return null;
        double dice = 2.0 * shared / (a.Weight + b.Weight);
        // Agreement lowers the bar only between bounded figures: "less than $5.7 billion" agrees with nearly anything.
        bool bounded = relation == Relation.Agrees && IsBounded(a.Interval!.Value) && IsBounded(b.Interval!.Value);
        if (dice < (bounded ? options.MinAgreeingSimilarity : options.MinSubjectSimilarity)) return null;
        // Sentences of one story share words; a contradiction must be pinned on the figures' own neighbours:
        // two shared words, or one that is not a name. One shared name ("… attend X's wedding on
        // April 12" against "… meeting with X, scheduled for March 3") ties two events to one person.
        if (relation == Relation.Differs && !NeighboursMeet(a, b)) return null;

        bool bothLocal = a.Local.Length > 0 && b.Local.Length > 0;
        bool localMeet = bothLocal && SortedTerms.Intersects(a.Local, b.Local);
        // A count without a counted noun is only about the same thing if its neighbouring words say so.
        if (a.Headless && !localMeet) return null;
        // "12 people were killed" / "30 people were injured": the same sentence words, different events. Each
        // event word must appear beside the other figure too, or they're two tallies.
        if (IsTally(a) && a.Event >= 0 && b.Event >= 0 && a.Event != b.Event &&
            !SortedTerms.Contains(b.Local, a.Event) && !SortedTerms.Contains(a.Local, b.Event))
            return null;

        double score = dice;
        if (bothLocal)
        {
            var (localShared, _) = SortedTerms.Shared(a.Local, b.Local, index.Table);
            long localWeight = index.Table.TotalWeight(a.Local) + index.Table.TotalWeight(b.Local);
            score += LocalBonus * 2.0 * localShared / localWeight;
        }
        if (a.Head >= 0 && a.Head == b.Head && !a.Headless) score += HeadBonus;
        return score;
    }
}
