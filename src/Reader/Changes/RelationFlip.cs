namespace Reader.Changes;

/// <summary>Two figures whose comparison turned from one relation to the other ("agrees" → "differs").</summary>
public sealed record RelationFlip(FigureRef First, FigureRef Second, string Before, string After);
