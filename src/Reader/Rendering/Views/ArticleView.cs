namespace Reader.Rendering.Views;

/// <summary>An article page. <see cref="Body"/> is HTML we rendered (article text escaped by Markdig); all else is text, escaped on output.</summary>
/// <param name="Differences">The opening line on its figures other articles contradict, or null when it has no figure compared.</param>
/// <param name="OutletHref">The outlet's, section's and month's browse pages, when the input gives them.</param>
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
    bool TitleDerived,
    DifferenceLineView? Differences = null,
    string? OutletHref = null,
    string? SectionHref = null,
    string? MonthHref = null);
