namespace Reader.Rendering.Views;

public sealed record IndexView(
    string Title,
    string? Description,
    IReadOnlyList<ArticleCardView> Articles,
    string Totals);
