namespace Reader.Rendering.Views;

/// <summary>
/// A figure over time: an SVG chart drawn at build time (value against publication date, one mark per article)
/// and the same data as a table. Coordinates are in the chart's viewBox (<see cref="Width"/> × <see cref="Height"/>),
/// written as invariant strings; <see cref="Line"/> is the polyline through the marks in date order.
/// </summary>
public sealed record TimelineView(
    string Anchor,
    string Label,
    string Kind,
    string Caption,
    string Width,
    string Height,
    IReadOnlyList<TimelineMarkView> Marks,
    string Line,
    IReadOnlyList<TimelineTickView> Ticks,
    string PlotLeft,
    string PlotRight,
    string PlotTop,
    string PlotBottom,
    IReadOnlyList<TimelineRowView> Rows);
