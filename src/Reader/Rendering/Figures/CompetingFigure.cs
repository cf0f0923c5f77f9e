namespace Reader.Rendering.Figures;

/// <summary>One value a disputed subject is given, as the first report writes it, with every report that gives it.</summary>
public sealed record CompetingFigure(string Text, double Value, IReadOnlyList<FigureReport> Reports);
