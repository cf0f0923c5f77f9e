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
    public (List<ClaimMatch> Mentions, bool Truncated) Find(PreparedClaim claim, IReadOnlySet<int> covered)
    {
        if (claim.Terms.Length < options.MinMentionSharedTerms || claim.Weight <= 0) return ([], false);
        // The anchor: the counted noun or event, else the words beside the figure. Without one we can't tell
        // "speaks of this figure's subject" from "shares the story's vocabulary".
        int[] anchor = claim.Head >= 0 ? [claim.Head] : claim.Local;
        if (anchor.Length == 0) return ([], false);

        var table = index.Table;
        var lists = claim.Terms
            .Where(t => t < index.SentencePostings.Length)
            .OrderBy(t => table.Frequency(t)).ThenBy(t => t)
            .Select(t => index.SentencePostings[t]);
        int origin = claim.Sentence >= 0 ? claim.Sentence : 0;
        var (candidates, truncated) = CandidateScan.Collect(lists, origin, options.MaxCandidatesPerClaim, id =>
        {
            var s = index.Sentences[id];
            return s.Article != claim.Article && !covered.Contains(s.Article);
        });

        var best = new Dictionary<int, ClaimMatch>();
        foreach (var id in candidates)
        {
            var sentence = index.Sentences[id];
            if (Array.IndexOf(sentence.ClaimKeys, claim.Key) >= 0) continue;
            if (!SortedTerms.Intersects(anchor, sentence.Terms)) continue;
            var (shared, count) = SortedTerms.Shared(claim.Terms, sentence.Terms, table);
            if (count < options.MinMentionSharedTerms) continue;
            double coverage = shared / claim.Weight;
            if (coverage < options.MinMentionCoverage) continue;
            var match = new ClaimMatch(id, Relation.Mentions, coverage);
            if (!best.TryGetValue(sentence.Article, out var current) || coverage > current.Score ||
                (coverage == current.Score && id < current.Other))
                best[sentence.Article] = match;
        }
        var mentions = best.Values.ToList();
        mentions.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Other.CompareTo(y.Other));
        return (mentions, truncated);
    }
}
