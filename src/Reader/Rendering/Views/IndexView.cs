namespace Reader.Rendering.Views;

/// <param name="Disagreements">The edition's largest disagreements (the digest page has them all).</param>
public sealed record IndexView(
    string Title,
    string? Description,
    IReadOnlyList<ArticleCardView> Articles,
    string Totals,
    IReadOnlyList<DisagreementView>? Disagreements = null,
    int DisagreementCount = 0,
    string? DisagreementsText = null)
{
    public bool HasDisagreements => Disagreements is { Count: > 0 };
    public bool HasMoreDisagreements => DisagreementCount > (Disagreements?.Count ?? 0);
}
