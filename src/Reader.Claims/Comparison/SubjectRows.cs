using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// Rows for the comparison page: subject clusters that at least two articles speak of (by figure or by
/// mention), labelled with their most common subject label, most widely reported first.
/// </summary>
internal static class SubjectRows
{
    public static List<SubjectGroup> Build(EditionIndex index, IEnumerable<SubjectCluster> clusters) =>
        clusters
            .Where(c => c.Articles >= 2)
            .OrderByDescending(c => c.Articles)
            .ThenByDescending(c => c.Members.Length)
            .ThenBy(c => c.Members[0])
            .Select(c => Row(index, c))
            .ToList();

    private static SubjectGroup Row(EditionIndex index, SubjectCluster cluster)
    {
        var claims = cluster.Members.Select(i => index.Claims[i].Input).ToArray();
        var mentions = cluster.Mentions.Values.Select(m =>
        {
            var s = index.Sentences[m.Other];
            return new SubjectMention(index.Articles[index.SentenceArticle[m.Other]].ArticleId, s.Input.SentenceId, ExcerptTrimmer.Trim(s.Input.Text));
        }).ToArray();
        return new SubjectGroup(Label(claims), MostCommon(claims.Select(c => c.Claim.Kind)),
            claims.Select(c => c.ClaimId).ToArray(), mentions, cluster.HasDisagreement);
    }

    private static string Label(IReadOnlyList<ClaimInput> claims)
    {
        var labels = claims.Select(c => c.Claim.Subject.Label).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        if (labels.Length > 0) return MostCommon(labels);
        var head = claims.Select(c => c.Claim.Subject.Head).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
        return head ?? claims[0].Claim.Text;
    }

    /// <summary>The most frequent value; ties go to the one seen first, so the result is stable.</summary>
    private static T MostCommon<T>(IEnumerable<T> values) where T : notnull
    {
        var counts = new Dictionary<T, (int Count, int First)>();
        int n = 0;
        foreach (var v in values)
        {
            counts[v] = counts.TryGetValue(v, out var c) ? (c.Count + 1, c.First) : (1, n);
            n++;
        }
        return counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).First().Key;
    }
}
