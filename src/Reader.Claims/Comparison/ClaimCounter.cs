namespace Reader.Claims.Comparison;

/// <summary>
/// Counts how many other articles agree, differ or merely mention a claim. When the candidate search
/// covered everything, the counts are the matches found. When it was capped (thousands of articles on one
/// subject), agree/differ come from the claim's subject group instead: members whose intervals overlap the
/// claim's, counted by binary search on the group's sorted interval ends — exact when each article has one
/// claim in the group, an estimate otherwise (clipped to the number of other articles).
/// </summary>
internal static class ClaimCounter
{
    public static (int Agree, int Differ, int Mention) Count(
        EditionIndex index, int claim, ClaimFindings found, SubjectCluster cluster)
    {
        int agree = found.Matches.Count(m => m.Relation == Relation.Agrees);
        int differ = found.Matches.Count - agree;
        int mention = found.Mentions.Count;

        if (found.MatchesTruncated && index.Claims[claim].Interval is { } interval)
        {
            int total = cluster.SortedLows.Length;
            int below = LowerBound(cluster.SortedHighs, interval.Low);          // end before this one starts
            int above = total - UpperBound(cluster.SortedLows, interval.High);  // start after this one ends
            int overlapping = total - below - above;
            int own = 0, ownOverlapping = 0;
            int article = index.ClaimArticle[claim];
            foreach (var i in cluster.Members.AsSpan(LowerBound(cluster.Members, FirstOfArticle(index, claim))))
            {
                if (index.ClaimArticle[i] != article) break;
                if (index.Claims[i].Interval is not { } v) continue;
                own++;
                if (v.Overlaps(interval)) ownOverlapping++;
            }
            int others = cluster.ClaimArticles - 1;
            agree = Math.Max(agree, Math.Min(others, overlapping - ownOverlapping));
            differ = Math.Max(differ, Math.Min(others - agree, total - own - (overlapping - ownOverlapping)));
        }
        if (found.MentionsTruncated)
            mention = Math.Max(mention, cluster.Mentions.Count - (cluster.Mentions.ContainsKey(index.ClaimArticle[claim]) ? 1 : 0));
        return (agree, differ, mention);
    }

    /// <summary>Claims are numbered article by article, so an article's claims are one run of indexes.</summary>
    private static int FirstOfArticle(EditionIndex index, int claim)
    {
        int i = claim;
        while (i > 0 && index.ClaimArticle[i - 1] == index.ClaimArticle[claim]) i--;
        return i;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] <= value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int i = Array.BinarySearch(sorted, value);
        return i < 0 ? ~i : i;
    }
}
