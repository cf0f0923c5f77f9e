using Reader.Claims.Model;

namespace Reader.Rendering.Figures;

/// <summary>
/// A subject whose reports give different figures: the competing values, smallest first, and how far apart
/// the outer two are (<see cref="FigureValue.RelativeDifference"/>). <see cref="SubjectNumber"/> is the
/// subject's row on the comparison pages.
/// </summary>
public sealed record Disagreement(
    int SubjectNumber,
    string Label,
    ClaimKind Kind,
    double RelativeDifference,
    IReadOnlyList<CompetingFigure> Figures);
