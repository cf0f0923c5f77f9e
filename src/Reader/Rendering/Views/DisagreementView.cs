namespace Reader.Rendering.Views;

/// <summary>
/// A subject the reports disagree on: its label, how far apart the outer figures are ("38% apart", "4 days
/// apart") and as a number from 0 to 1 (<see cref="Relative"/>, what the digest is ordered by), the subject's
/// row on the comparison pages, and the competing figures side by side, smallest first.
/// </summary>
public sealed record DisagreementView(string Label, string Kind, string Difference, string Relative, string SubjectHref, IReadOnlyList<CompetingFigureView> Figures);
