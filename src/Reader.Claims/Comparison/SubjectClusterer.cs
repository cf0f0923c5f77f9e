namespace Reader.Claims.Comparison;

/// <summary>
/// Groups claims into subjects by joining every claim with the claims it was matched to (union-find), then
/// gathers each group's mentions. Linear in claims plus matches.
/// </summary>
internal static class SubjectClusterer
{
    public static (SubjectCluster[] ByClaim, List<SubjectCluster> All) Build(EditionIndex index, ClaimFindings[] findings)
    {
        int n = index.Claims.Length;
        var sets = new UnionFind(n);
        for (int i = 0; i < n; i++)
            foreach (var m in findings[i].Matches) sets.Union(i, m.Other);

        var membersByRoot = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            int root = sets.Find(i);
            if (!membersByRoot.TryGetValue(root, out var list)) membersByRoot[root] = list = [];
            list.Add(i); // ascending: i grows
        }

        var byClaim = new SubjectCluster[n];
        var all = new List<SubjectCluster>(membersByRoot.Count);
        foreach (var members in membersByRoot.Values.OrderBy(m => m[0]))
        {
            var claimArticles = new HashSet<int>(members.Select(i => index.ClaimArticle[i]));
            // Best mention per article is order-independent (highest score, then lowest id): gather in a hash map
            // and sort once — a subject shared by thousands of articles meets millions of mentions here.
            var mentions = new Dictionary<int, ClaimMatch>();
            bool differs = false;
            foreach (var i in members)
            {
                if (!differs)
                    foreach (var m in findings[i].Matches)
                        if (m.Relation == Relation.Differs) { differs = true; break; }
                foreach (var m in findings[i].Mentions)
                {
                    int article = index.SentenceArticle[m.Other];
                    if (claimArticles.Contains(article)) continue;
                    if (!mentions.TryGetValue(article, out var current) || m.Score > current.Score ||
                        (m.Score == current.Score && m.Other < current.Other))
                        mentions[article] = m;
                }
            }
            var intervals = members.Select(i => index.Claims[i].Interval).OfType<ValueInterval>().ToArray();
            var cluster = new SubjectCluster
            {
                Members = [.. members],
                Mentions = new SortedDictionary<int, ClaimMatch>(mentions),
                ClaimArticles = claimArticles.Count,
                HasDisagreement = differs,
                SortedLows = intervals.Select(v => v.Low).Order().ToArray(),
                SortedHighs = intervals.Select(v => v.High).Order().ToArray(),
            };
            all.Add(cluster);
            foreach (var i in members) byClaim[i] = cluster;
        }
        return (byClaim, all);
    }
}
