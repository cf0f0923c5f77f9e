namespace Reader.Changes;

/// <summary>A figure added (<see cref="Before"/> null), removed (<see cref="After"/> null) or changed since the last build.</summary>
public sealed record FigureChange(FigureRef? Before, FigureRef? After);
