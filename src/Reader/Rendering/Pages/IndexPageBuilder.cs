using Reader.Claims.Comparison;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>The front page: the edition's title and every article with its date, dek, outlet and counts, built for scanning.</summary>
public sealed class IndexPageBuilder(PageContext context)
{
    public SiteFile Build()
    {
        var edition = context.Edition;
        var cards = edition.Articles.Select(a =>
        {
            int agree = 0, differ = 0;
            var claims = edition.ClaimsOf(a);
            foreach (var c in claims)
            {
                var comparison = edition.Comparison.For(c.ClaimId);
                if (comparison.DifferCount > 0) differ++;
                else if (comparison.AgreeCount > 0) agree++;
            }
            return new ArticleCardView(
                a.Meta.Title,
                context.Urls.Article(a),
                a.Meta.Dek,
                a.Meta.Published is { } p ? DateFormat.Long(p) : null,
                a.Meta.Published is { } q ? DateFormat.Iso(q) : null,
                a.Meta.Outlet,
                a.Annotations.Citations.Count,
                claims.Count,
                ArticlePageBuilder.Counts(claims.Count, a.Annotations.Citations.Count),
                Comparisons(agree, differ));
        }).ToList();
        var totals = $"{edition.Articles.Count} {(edition.Articles.Count == 1 ? "article" : "articles")} · " +
                     $"{edition.Sources.Sources.Count} sources · {edition.ClaimCount} claims";
        var view = new IndexView(edition.Title, ViewText.Optional(edition.Description), cards, totals);
        return SiteFile.Text("index.html", context.Page("index", edition.Title, "index", edition.Description, view));
    }

    /// <summary>"✓ 3 figures agree · ≠ 1 differs" — words and glyphs, never colour alone.</summary>
    private static string Comparisons(int agree, int differ)
    {
        var parts = new List<string>();
        if (agree > 0) parts.Add($"✓ {agree} {(agree == 1 ? "figure agrees" : "figures agree")} with other articles");
        if (differ > 0) parts.Add($"≠ {differ} {(differ == 1 ? "figure differs" : "figures differ")}");
        return parts.Count == 0 ? "No figure shared with other articles" : string.Join(" · ", parts);
    }
}
