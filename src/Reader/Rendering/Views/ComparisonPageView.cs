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
    string? PageLabel,
    string CountsText,
    IReadOnlyList<SoleFigureView> SoleFigures)
{
    public bool HasSoleFigures => SoleFigures.Count > 0;
    /// <summary>Whether any subject of this page has a timeline (a table draws them after itself).</summary>
    public bool HasTimelines => Rows.Any(r => r.Timeline is not null);
}
