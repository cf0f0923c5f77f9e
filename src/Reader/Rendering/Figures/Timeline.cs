using Reader.Claims.Model;

namespace Reader.Rendering.Figures;

/// <summary>
/// A subject that at least <see cref="EditionFigures.MinTimelineArticles"/> dated articles give a figure
/// for: one point per article (its first figure on the subject), in order of publication.
/// </summary>
public sealed record Timeline(int SubjectNumber, string Label, ClaimKind Kind, IReadOnlyList<TimelinePoint> Points);
