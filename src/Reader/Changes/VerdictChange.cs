namespace Reader.Changes;

/// <summary>A verdict this build applied and the last did not (or the reverse): its kind, figures, relation and note.</summary>
public sealed record VerdictChange(string Kind, FigureRef Claim, FigureRef? Other, string? Relation, string? Note);
