namespace Reader.Rendering.Views;

/// <summary>An article page. <see cref="Body"/> is HTML we rendered (article text escaped by Markdig); all else is text, escaped on output.</summary>
public sealed record ArticleView(
    string Title,
    string? Dek,
    string? Published,
    string? PublishedIso,
    string? Section,
    string? Outlet,
    string? OriginalUrl,
    Theming.RenderedHtml Body,
    int ClaimCount,
    int CitationCount,
    string Summary,
    LinkView? Previous,
    LinkView? Next,
    bool TitleDerived);
