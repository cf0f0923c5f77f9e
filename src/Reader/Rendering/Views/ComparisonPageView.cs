namespace Reader.Rendering.Views;

/// <summary>
/// The comparison view: one row per subject, one column per article. When the edition has more
/// articles than fit as columns, rows list the reports instead (<see cref="AsTable"/> false), and
/// subjects are split across pages.
/// </summary>
public sealed record ComparisonPageView(
    bool AsTable,
    IReadOnlyList<ColumnView> Columns,
    IReadOnlyList<SubjectRowView> Rows,
    int SubjectCount,
    int DisagreementCount,
    LinkView? PreviousPage,
    LinkView? NextPage,
    string PageLabel,
    string CountsText,
    IReadOnlyList<SoleFigureView> SoleFigures)
{
    public bool HasSoleFigures => SoleFigures.Count > 0;
}

/// <summary>A figure only one article gives: listed so a reader sees every figure of a small edition in one place.</summary>
public sealed record SoleFigureView(string Figure, string Normalised, string Kind, string Subject, string Href, string Article);

public sealed record ColumnView(string Title, string Short, string Href, string? Published);

/// <summary>A subject; <see cref="Cells"/> has one cell per column (table) or one per report (list).</summary>
public sealed record SubjectRowView(
    string Anchor,
    string Label,
    string Kind,
    bool Disagreement,
    string Verdict,
    IReadOnlyList<CellView> Cells);

/// <param name="State">"figure", "mentioned" or "empty".</param>
/// <param name="Glyph">"≠" where this figure differs from another of the row, "✓" where all agree.</param>
public sealed record CellView(string State, string? Text, string? Href, string? Glyph, string? GlyphLabel, string? Article);
