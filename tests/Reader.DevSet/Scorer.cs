using Reader.Claims.Comparison;
using Reader.Claims.Model;
using Reader.Rendering;

namespace Reader.DevSet;

/// <summary>
/// Sets a built cluster against its labels. A labelled claim is found when an extracted claim's words overlap its
/// words in the same article. Links are counted per (claim, other article, relation), as a reader meets them: a
/// note names at most one claim of each other article, so a link is recalled when the note relates the claim to
/// that article with the labelled relation and, for agrees/differs, to a claim the labels relate it to that way.
/// Every note entry the labels do not expect is wrong — including entries on figures the labels do not count as
/// claims, which a reader sees just the same.
/// </summary>
public static class Scorer
{
    public static ClusterReport Score(LabelledCluster cluster, ClusterRun run)
    {
        // Labelled ↔ extracted, by overlapping words.
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var matchOf = new Dictionary<string, ExtractedClaim>(StringComparer.Ordinal);
        var extra = new List<ExtractedClaim>();
        int extraNotClaims = 0;
        foreach (var x in run.Claims)
        {
            var label = cluster.Claims.Values
                .Where(l => l.Article == x.Article && l.Start < x.End && x.Start < l.End)
                .OrderByDescending(l => Math.Min(l.End, x.End) - Math.Max(l.Start, x.Start))
                .FirstOrDefault();
            if (label is null || matchOf.ContainsKey(label.Id))
            {
                extra.Add(x);
                if (cluster.NotClaims.Any(n => n.Article == x.Article && n.Start < x.End && x.Start < n.Start + n.Text.Length)) extraNotClaims++;
                continue;
            }
            labelOf[x.Claim.ClaimId] = label.Id;
            matchOf[label.Id] = x;
        }
        var missedClaims = cluster.Claims.Values.Where(l => !matchOf.ContainsKey(l.Id)).ToList();
        var wrongValues = matchOf.Where(m => !ValueMatches(cluster.Claims[m.Key], m.Value.Claim.Claim))
            .Select(m => (cluster.Claims[m.Key], m.Value)).ToList();

        var expected = ExpectedLinks(cluster);
        var readerToLabel = run.ArticleIds.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        var made = new List<MadeLink>();
        var satisfied = new HashSet<ExpectedLink>();
        foreach (var x in run.Claims)
        {
            var from = labelOf.GetValueOrDefault(x.Claim.ClaimId);
            foreach (var e in run.Edition.Comparison.For(x.Claim.ClaimId).Nearest)
            {
                var article = readerToLabel.GetValueOrDefault(e.ArticleId, e.ArticleId);
                var relation = EditionResolver.Relation(e.Relation);
                ExtractedClaim? other = e.ClaimId is null ? null : run.ClaimsById.GetValueOrDefault(e.ClaimId);
                var otherLabel = other is null ? null : labelOf.GetValueOrDefault(other.Claim.ClaimId);
                var unit = from is null ? null : expected.FirstOrDefault(u =>
                    u.Claim == from && u.OtherArticle == article && u.Relation == relation &&
                    (relation == "mentions" || (otherLabel is not null && u.Allowed.Contains(otherLabel))));
                if (unit is not null) satisfied.Add(unit);
                made.Add(new MadeLink(x, from, article, relation, other, otherLabel, e.Excerpt, unit is not null, e.Why));
            }
        }
        var missedLinks = expected.Where(u => !satisfied.Contains(u)).ToList();
        int Expected(string r) => expected.Count(u => u.Relation == r);
        int Found(string r) => satisfied.Count(u => u.Relation == r);
        var score = new ClusterScore
        {
            Name = cluster.Name,
            Split = cluster.Split,
            Labelled = cluster.Claims.Count,
            Found = matchOf.Count,
            ValueRight = matchOf.Count - wrongValues.Count,
            Extra = extra.Count,
            ExtraNotClaims = extraNotClaims,
            ExpectedAgrees = Expected("agrees"),
            FoundAgrees = Found("agrees"),
            ExpectedDiffers = Expected("differs"),
            FoundDiffers = Found("differs"),
            ExpectedMentions = Expected("mentions"),
            FoundMentions = Found("mentions"),
            Made = made.Count,
            Wrong = made.Count(m => !m.Correct),
            Analyse = run.AnalyseTime,
        };
        return new ClusterReport(cluster, run, score, matchOf, missedClaims, wrongValues, extra, missedLinks, made);
    }

    /// <summary>Every (claim, other article, relation) the labels expect a note to say.</summary>
    public static List<ExpectedLink> ExpectedLinks(LabelledCluster cluster)
    {
        var links = new List<ExpectedLink>();
        foreach (var q in cluster.Quantities)
            foreach (var a in q.Claims)
            {
                var article = cluster.Claims[a].Article;
                foreach (var group in q.Claims.Where(b => cluster.Claims[b].Article != article).GroupBy(b => cluster.Claims[b].Article))
                    foreach (var byRelation in group.GroupBy(b => cluster.RelationBetween(a, b)!))
                        links.Add(new ExpectedLink(a, group.Key, byRelation.Key, [.. byRelation]));
                foreach (var other in q.MentionedIn)
                    links.Add(new ExpectedLink(a, other, "mentions", []));
            }
        return links;
    }

    /// <summary>Whether the engine's kind and value are the labelled ones.</summary>
    public static bool ValueMatches(LabelledClaim label, Claim claim)
    {
        var v = label.Value;
        switch (label.Kind)
        {
            case "count" or "percent" or "ordinal":
                return claim.Kind.ToString().Equals(label.Kind, StringComparison.OrdinalIgnoreCase) && SameNumbers(v, claim.Value);
            case "money":
                return claim.Kind == ClaimKind.Money && string.Equals(claim.Unit, v.Unit, StringComparison.OrdinalIgnoreCase) && SameNumbers(v, claim.Value);
            case "duration":
                return claim.Kind == ClaimKind.Duration && SameUnit(claim.Unit, v.Unit) && SameNumbers(v, claim.Value);
            case "year":
                return claim.Kind is ClaimKind.Year or ClaimKind.Date && claim.Value.Iso == v.Iso;
            case "date":
                if (claim.Kind != ClaimKind.Date) return false;
                if (v.Iso is not { } iso || !char.IsDigit(iso[0])) return true; // a weekday where the article has no date
                if (!iso.Contains('/')) return claim.Value.Iso == iso;
                var ends = iso.Split('/');
                return claim.Value.From?.ToString("yyyy-MM-dd") == Start(ends[0]) && claim.Value.To?.ToString("yyyy-MM-dd") == End(ends[1]);
            case "tally":
                return claim.Kind.ToString().Equals("tally", StringComparison.OrdinalIgnoreCase) && claim.Value.Iso == v.Iso;
            default:
                return false;
        }
    }

    private static string Start(string iso) => iso.Length == 7 ? iso + "-01" : iso;

    private static string End(string iso) => iso.Length == 7
        ? new DateOnly(int.Parse(iso[..4]), int.Parse(iso[5..7]), 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd")
        : iso;

    private static bool SameUnit(string engine, string? label) =>
        label is not null && engine.TrimEnd('s').Equals(label, StringComparison.OrdinalIgnoreCase);

    private static bool SameNumbers(LabelledValue label, ClaimValue value)
    {
        if (label.Number is not { } low || value.Low is not { } engineLow) return false;
        if (!Close(low, engineLow)) return false;
        return label.High is { } high ? value.High is { } h && Close(high, h) : !value.IsRange;
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(Math.Abs(a), Math.Abs(b)) * 0.001m;
}
