namespace Reader.Claims.Comparison;

/// <summary>
/// Finds sentences of other articles that speak of a claim's subject without a figure of its kind: the
/// takeover reported with a price in one article and without one in another. Conservative on purpose — a
/// wrong "mentions" misleads more than a missing one — so a sentence must hold most of the claim's subject
/// weight, several of its terms, and the word that says what is counted or what happened.
/// </summary>
internal sealed class MentionFinder(EditionIndex index, CompareOptions options)
{
    /// <param name="covered">Articles already related by a figure: they are not mere mentions.</param>
    /// <param name="trace">When given, receives what the candidate scan read and found (see <see cref="ScanTrace"/>).</param>
    /// <param name="scanOrder">The claim's terms in <see cref="TermTable.InScanOrder"/>.</param>
    public (List<ClaimMatch> Mentions, bool Truncated) Find(PreparedClaim claim, int[] scanOrder, IReadOnlySet<int> covered, ScanTrace? trace = null)
    {
        if (Anchor(claim) is null) return ([], false);
        // Every interned term has a list (maybe empty), so a claim's terms always index into it.
        var lists = scanOrder.Select(t => ((long)t, index.SentencePostings[t]));
        int origin = claim.Sentence >= 0 ? claim.Sentence : 0;
        var (candidates, truncated) = CandidateScan.Collect(lists, origin, options.MaxCandidatesPerClaim, id =>
        {
            var s = index.Sentences[id];
            return s.Article != claim.Article && !covered.Contains(s.Article);
        }, trace?.Spans);
        trace?.Candidates.AddRange(candidates);
        return (Evaluate(claim, candidates), truncated);
    }

    /// <summary>The best mentioning sentence of each article among <paramref name="candidates"/>, best first; per article, as <see cref="ClaimMatcher.Evaluate"/>.</summary>
    public List<ClaimMatch> Evaluate(PreparedClaim claim, IEnumerable<int> candidates)
    {
        if (Anchor(claim) is not { } anchor) return [];
        var best = new Dictionary<int, ClaimMatch>();
        foreach (var id in candidates)
        {
            var sentence = index.Sentences[id];
            if (Array.IndexOf(sentence.ClaimKeys, claim.Key) >= 0) continue;
            if (!SortedTerms.Intersects(anchor, sentence.Terms)) continue;
            var (shared, count) = SortedTerms.Shared(claim.Terms, sentence.Terms, index.Table);
            if (count < options.MinMentionSharedTerms) continue;
            double coverage = (double)shared / claim.Weight;
            if (coverage < options.MinMentionCoverage) continue;
            var match = new ClaimMatch(id, Relation.Mentions, coverage);
            if (!best.TryGetValue(sentence.Article, out var current) || coverage > current.Score ||
                (coverage == current.Score && id < current.Other))
                best[sentence.Article] = match;
        }
        var mentions = best.Values.ToList();
        ClaimMatch.Sort(mentions);
        return mentions;
    }

    /// <summary>
    /// The counted noun or event, else the words beside the figure; null when the claim can't be mentioned.
    /// Without an anchor we can't tell "speaks of this figure's subject" from "shares the story's vocabulary".
    /// </summary>
    private int[]? Anchor(PreparedClaim claim)
    {
        if (claim.Terms.Length < options.MinMentionSharedTerms || claim.Weight <= 0) return null;
        int[] anchor = claim.Head >= 0 ? [claim.Head] : claim.Local;
        return anchor.Length == 0 ? null : anchor;
    }
}
