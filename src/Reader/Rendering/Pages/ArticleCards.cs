using Reader.Parsing;
using Reader.Rendering.Browse;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>An article as a card in a list (the front page, the browse pages): title, date, outlet, dek and counts.</summary>
public sealed class ArticleCards(PageContext context)
{
    public ArticleCardView Of(Article a)
    {
        int agree = 0, differ = 0;
        var claims = context.Edition.ClaimsOf(a);
        foreach (var c in claims)
        {
            var comparison = context.Edition.Comparison.For(c.ClaimId);
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
            Comparisons(agree, differ),
            BrowseCatalogue.KeyOf(BrowseKind.Outlet, a) is { } outlet ? context.Urls.BrowseGroup(BrowseKind.Outlet, outlet) : null,
            BrowseCatalogue.KeyOf(BrowseKind.Month, a) is { } month ? context.Urls.BrowseGroup(BrowseKind.Month, month) : null);
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
