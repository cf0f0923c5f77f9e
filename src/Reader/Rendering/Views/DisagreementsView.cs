namespace Reader.Rendering.Views;

/// <summary>The digest of where reports differ, fifty subjects a page, largest relative difference first.</summary>
public sealed record DisagreementsView(
    IReadOnlyList<DisagreementView> Disagreements,
    int DisagreementCount,
    string CountsText,
    string? PageLabel,
    LinkView? PreviousPage,
    LinkView? NextPage)
{
    public bool HasDisagreements => Disagreements.Count > 0;
}
