namespace Reader.Rendering.Views;

/// <summary>
/// One outlet's, month's or section's articles, fifty a page. <see cref="KindLabel"/> is "Outlet", "Month" or
/// "Section"; <see cref="Up"/> links the list of all of them.
/// </summary>
public sealed record BrowsePageView(
    string Heading,
    string KindLabel,
    LinkView Up,
    IReadOnlyList<ArticleCardView> Articles,
    string CountsText,
    string? PageLabel,
    LinkView? PreviousPage,
    LinkView? NextPage);
