using Reader.Claims.Model;

namespace Reader.Rendering.Figures;

/// <summary>
/// A subject whose reports give different figures: the competing values, smallest first, and how far apart the
/// two furthest apart are, as a share (<see cref="FigureValue.RelativeDifference"/>) and for readers
/// (<see cref="Gap"/>: "4 days", "38%"). <see cref="SubjectNumber"/> is the subject's row on the comparison pages.
/// </summary>
public sealed record Disagreement(
    int SubjectNumber,
    string Label,
    ClaimKind Kind,
    double RelativeDifference,
    string Gap,
    IReadOnlyList<CompetingFigure> Figures);
