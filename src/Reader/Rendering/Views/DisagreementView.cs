namespace Reader.Rendering.Views;

/// <summary>
/// A subject the reports disagree on: its label, how far apart the outer figures are ("38% apart"), the
/// subject's row on the comparison pages, and the competing figures side by side, smallest first.
/// </summary>
public sealed record DisagreementView(string Label, string Kind, string Difference, string SubjectHref, IReadOnlyList<CompetingFigureView> Figures);
