namespace Reader.Rendering.Views;

/// <summary>One article on the front page.</summary>
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
    string Comparisons);
