namespace Reader.Rendering.Views;

/// <summary>A subject; <see cref="Cells"/> has one cell per column (table) or one per report (list).</summary>
/// <param name="Timeline">The subject's figure over time, when enough dated articles give it; null otherwise.</param>
public sealed record SubjectRowView(
    string Anchor,
    string Label,
    string Kind,
    bool Disagreement,
    string Verdict,
    IReadOnlyList<CellView> Cells,
    TimelineView? Timeline = null);
