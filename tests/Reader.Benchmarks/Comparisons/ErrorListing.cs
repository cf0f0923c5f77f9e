using Reader.DevSet;

namespace Reader.Benchmarks;

/// <summary>Lists one cluster's mistakes with the words around them, for reading where the engine goes wrong.</summary>
internal static class ErrorListing
{
    public static void Print(ClusterReport r, TextWriter o)
    {
        var c = r.Cluster;
        o.WriteLine();
        o.WriteLine($"## {c.Name}");
        foreach (var l in r.MissedClaims)
            o.WriteLine($"  missed claim {l.Id} ({l.Kind} {Value(l)}): …{Context(c.Bodies[l.Article], l.Start, l.Text.Length)}…");
        foreach (var (l, x) in r.WrongValues)
            o.WriteLine($"  wrong value {l.Id}: labelled {l.Kind} {Value(l)}, found {x.Claim.Claim.Kind.ToString().ToLowerInvariant()} {x.Claim.Claim.Normalised} ({x.Claim.Claim.Text})");
        foreach (var x in r.ExtraClaims)
            o.WriteLine($"  extra claim {x.Article}: {x.Claim.Claim.Kind.ToString().ToLowerInvariant()} '{x.Claim.Claim.Text}' …{Context(c.Bodies[x.Article], x.Start, x.Claim.Claim.Text.Length)}…");
        foreach (var u in r.MissedLinks)
        {
            var l = c.Claims[u.Claim];
            var found = r.MatchOf.TryGetValue(u.Claim, out var x) ? "" : " (claim not found)";
            o.WriteLine($"  missed {u.Relation} {u.Claim} → {u.OtherArticle} [{string.Join(", ", u.Allowed)}]{found} ({l.Kind}): {c.Quantities[l.Quantity].What}");
            o.WriteLine($"      {l.Text}: …{Context(c.Bodies[l.Article], l.Start, l.Text.Length)}…");
            if (x is not null) o.WriteLine($"        frame {Frame(x)}");
            foreach (var b in u.Allowed)
            {
                var other = c.Claims[b];
                o.WriteLine($"      {other.Text}: …{Context(c.Bodies[other.Article], other.Start, other.Text.Length)}…");
                if (r.MatchOf.TryGetValue(b, out var y)) o.WriteLine($"        frame {Frame(y)}");
            }
        }
        foreach (var m in r.Made.Where(m => !m.Correct))
        {
            var expected = m.Claim is not null && m.OtherClaim is not null ? c.RelationBetween(m.Claim, m.OtherClaim) ?? "none" : "none";
            o.WriteLine($"  wrong {m.Relation} {m.Claim ?? "(unlabelled)"} → {m.OtherArticle} {m.OtherClaim ?? ""} (labels: {expected}){(m.Why is null ? "" : " why: " + m.Why)}");
            o.WriteLine($"      {m.From.Claim.Claim.Text}: …{Context(c.Bodies[m.From.Article], m.From.Start, m.From.Claim.Claim.Text.Length)}…");
            o.WriteLine($"        frame {Frame(m.From)}");
            o.WriteLine($"      {m.Other?.Claim.Claim.Text ?? "(mention)"}: {m.Excerpt}");
            if (m.Other is not null) o.WriteLine($"        frame {Frame(m.Other)}");
        }
    }

    private static string Frame(ExtractedClaim x)
    {
        var f = x.Claim.Claim.Frame;
        return $"M={f.Measure}({f.MeasureText}) P={f.Predicate}({f.PredicateText}) H={f.Holder} T={f.Time}{(f.Part ? " part" : "")}{(f.Implied ? " implied" : "")} ctx=[{string.Join(",", f.Context)}]";
    }

    private static string Value(LabelledClaim l) => l.Value.Number?.ToString() ?? l.Value.Iso ?? "";

    private static string Context(string body, int start, int length)
    {
        int from = Math.Max(0, start - 90), to = Math.Min(body.Length, start + length + 60);
        return (body[from..start] + "[[" + body.Substring(start, length) + "]]" + body[(start + length)..to]).Replace('\n', ' ');
    }
}
