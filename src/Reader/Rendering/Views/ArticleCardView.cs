namespace Reader.Rendering.Views;

/// <summary>One article on the front page and the browse pages.</summary>
/// <param name="OutletHref">The outlet's browse page and the month's, when the input gives them.</param>
public sealed record ArticleCardView(
    string Title,
    string Href,
    string? Dek,
    string? Published,
    string? PublishedIso,
    string? Outlet,
    int CitationCount,
    int ClaimCount,
    string CountsText,
    string Comparisons,
    string? OutletHref = null,
    string? MonthHref = null);
