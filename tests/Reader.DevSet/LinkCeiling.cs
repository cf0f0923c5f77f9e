using Reader.Claims.Comparison;

namespace Reader.DevSet;

/// <summary>
/// Where expected agree/differ links are lost before the matcher weighs them: the claim not found, the other
/// claim not found, the two in different kind groups, the pair vetoed, or the other never a candidate.
/// </summary>
public static class LinkCeiling
{
    public static Dictionary<string, int> Of(ClusterReport report, CompareOptions options)
    {
        var counts = new Dictionary<string, int>();
        void Count(string k) => counts[k] = counts.GetValueOrDefault(k) + 1;
        var index = EditionIndex.Build(report.Run.Edition.Articles.Select(a => a.Analysis).ToList());
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < index.Claims.Length; i++) idOf[index.Claims[i].Input.ClaimId] = i;
        foreach (var u in Scorer.ExpectedLinks(report.Cluster).Where(u => u.Relation != "mentions"))
        {
            if (!report.MatchOf.TryGetValue(u.Claim, out var x)) { Count("claim not found"); continue; }
            var found = u.Allowed.Where(report.MatchOf.ContainsKey).Select(b => idOf[report.MatchOf[b].Claim.ClaimId]).ToList();
            if (found.Count == 0) { Count("other claim not found"); continue; }
            int a = idOf[x.Claim.ClaimId];
            var same = found.Where(b => index.Claims[b].Group == index.Claims[a].Group).ToList();
            if (same.Count == 0) { Count("other kind group"); continue; }
            if (index.Claims[a].Interval is null) { Count("no value interval"); continue; }
            var open = same.Where(b => !PairFeatures.Of(index, a, b).Vetoed).ToList();
            if (open.Count == 0) { Count("vetoed"); continue; }
            var c = index.Claims[a];
            var lists = c.Keys.Select(k => (k, index.ClaimsWith(c.Group, k))).Where(l => l.Item2.Length > 0).OrderBy(l => l.Item2.Length).ThenBy(l => l.k);
            var (candidates, _) = CandidateScan.Collect(lists, a, options.MaxCandidatesPerClaim, id => index.ClaimArticle[id] != index.ClaimArticle[a]);
            if (!open.Any(candidates.Contains)) { Count("not a candidate"); continue; }
            Count("weighed");
        }
        return counts;
    }
}
