namespace Reader.Rendering.Views;

/// <summary>A subject; <see cref="Cells"/> has one cell per column (table) or one per report (list).</summary>
public sealed record SubjectRowView(
    string Anchor,
    string Label,
    string Kind,
    bool Disagreement,
    string Verdict,
    IReadOnlyList<CellView> Cells);
