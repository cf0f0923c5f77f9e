using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Claims.Model;

namespace Reader.Verdicts;

/// <summary>
/// The comparison page's rows as the verdicts leave them. A row the verdicts do not reach is the engine's. A row
/// holding a figure ruled out, or either claim of a rejected or added comparison, is joined again from the
/// comparisons the notes now show — so a rejected link no longer holds two figures in one row, and an added one
/// puts them together — unless some of its claims have comparisons the notes do not list, when the row stays
/// whole (its links cannot all be seen) less the figures ruled out. Rows left with one article's figures are
/// dropped: those figures stand alone.
/// </summary>
internal static class VerdictedSubjects
{
    public static IReadOnlyList<SubjectGroup> Build(Edition edition, IReadOnlyList<SubjectGroup> rows,
        Func<string, ClaimComparison> comparisonOf, IReadOnlyDictionary<string, Verdict> notClaims, IEnumerable<Verdict> applied)
    {
        var touched = new HashSet<string>(notClaims.Keys, StringComparer.Ordinal);
        var added = new List<Verdict>();
        foreach (var v in applied.Where(v => v.Kind is VerdictKind.Reject or VerdictKind.Add && v.Other is not null && EditionRef.IsClaim(v.Other)))
        {
            touched.Add(v.Claim);
            touched.Add(v.Other!);
            if (v.Kind == VerdictKind.Add) added.Add(v);
        }
        if (touched.Count == 0) return rows;

        var affected = new List<int>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            if (!rows[i].ClaimIds.Any(touched.Contains)) continue;
            affected.Add(i);
            foreach (var id in rows[i].ClaimIds) rowOf[id] = i;
        }
        var joined = new UnionFind<string>();
        foreach (var i in affected)
        {
            var members = rows[i].ClaimIds.Where(id => !notClaims.ContainsKey(id)).ToList();
            foreach (var m in members) joined.Add(m);
            if (members.Any(m => comparisonOf(m).NotShown > 0))
                foreach (var m in members.Skip(1)) joined.Union(members[0], m);
        }
        foreach (var v in added)
        {
            joined.Add(v.Claim);
            joined.Add(v.Other!);
        }
        foreach (var id in joined.Items.ToList())
            foreach (var entry in comparisonOf(id).Nearest)
                if (entry.ClaimId is { } other && joined.Contains(other)) joined.Union(id, other);

        var order = ClaimOrder(edition);
        var result = new List<(SubjectGroup Row, int Position)>();
        for (int i = 0; i < rows.Count; i++)
            if (!affected.Contains(i)) result.Add((rows[i], i));
        foreach (var members in joined.Groups())
        {
            var claims = members.OrderBy(id => order.GetValueOrDefault(id, int.MaxValue)).ToList();
            var sources = claims.Select(id => rowOf.GetValueOrDefault(id, -1)).Where(r => r >= 0).Distinct().ToList();
            var claimArticles = claims.Select(EditionRef.Article).ToHashSet(StringComparer.Ordinal);
            var mentions = sources.SelectMany(r => rows[r].Mentions).Where(m => !claimArticles.Contains(m.ArticleId))
                .DistinctBy(m => m.ArticleId).ToList();
            if (claimArticles.Count + mentions.Count < 2) continue;
            var found = claims.Select(edition.FindClaim).Where(f => f is not null).Select(f => f!.Value.Claim.Claim).ToList();
            if (found.Count == 0) continue;
            var row = new SubjectGroup(Label(found), MostCommon(found.Select(c => c.Kind)), claims, mentions,
                claims.Any(id => comparisonOf(id).DifferCount > 0));
            result.Add((row, sources.Count > 0 ? sources.Min() : rows.Count));
        }
        // The engine's order: most widely reported first, then most figures; otherwise as the engine had them.
        return result
            .OrderByDescending(r => ArticleCount(r.Row))
            .ThenByDescending(r => r.Row.ClaimIds.Count)
            .ThenBy(r => r.Position)
            .Select(r => r.Row)
            .ToList();
    }

    private static int ArticleCount(SubjectGroup row)
    {
        var claimArticles = row.ClaimIds.Select(EditionRef.Article).ToHashSet(StringComparer.Ordinal);
        return claimArticles.Count + row.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(a => !claimArticles.Contains(a));
    }

    private static Dictionary<string, int> ClaimOrder(Edition edition)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in edition.Articles)
            foreach (var claim in article.Annotations.Claims)
                order.TryAdd(claim.ClaimId, order.Count);
        return order;
    }

    /// <summary>The row's label: its claims' most common subject label, as the engine labels its rows.</summary>
    private static string Label(IReadOnlyList<Claim> claims)
    {
        var labels = claims.Select(c => c.Subject.Label).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (labels.Count > 0) return MostCommon(labels);
        return claims.Select(c => c.Subject.Head).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h)) ?? claims[0].Text;
    }

    /// <summary>The most frequent value; ties go to the one seen first.</summary>
    private static T MostCommon<T>(IEnumerable<T> values) where T : notnull =>
        values.Select((v, i) => (v, i)).GroupBy(x => x.v)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().i)
            .First().Key;
}
