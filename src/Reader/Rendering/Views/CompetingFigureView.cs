namespace Reader.Rendering.Views;

/// <summary>One of the values a disputed subject is given, and the reports that give it.</summary>
public sealed record CompetingFigureView(string Figure, IReadOnlyList<FigureReportView> Reports);
