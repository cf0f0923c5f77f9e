namespace Reader.Rendering.Views;

/// <summary>One article's words for a figure, linked to the figure's note in that article.</summary>
public sealed record FigureReportView(string Article, string Href, string Words, string? Published);
