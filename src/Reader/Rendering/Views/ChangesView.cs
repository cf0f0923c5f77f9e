namespace Reader.Rendering.Views;

/// <param name="FirstBuild">True when the output folder held no earlier build to compare with.</param>
/// <param name="Summary">"Since the last build: 1 figure added, …" or "First build".</param>
/// <param name="Sections">Figures changed, added and removed, relations flipped, verdicts applied and withdrawn.</param>
/// <param name="Anchor">The id of the list of changes, which the feed's entry names (it differs when the changes do).</param>
public sealed record ChangesView(bool FirstBuild, string Summary, IReadOnlyList<ChangeSectionView> Sections, string Anchor);
