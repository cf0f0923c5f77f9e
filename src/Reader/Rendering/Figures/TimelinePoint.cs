namespace Reader.Rendering.Figures;

/// <summary>One article's figure on a timeline: when the article was published and the value it gives.</summary>
public sealed record TimelinePoint(DateOnly Published, double Value, FigureReport Report);
