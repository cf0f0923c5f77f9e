namespace Reader.Claims.Comparison;

/// <summary>Another article's claim (or sentence, for a mention) found related to a claim, with its score.</summary>
internal readonly record struct ClaimMatch(int Other, Relation Relation, double Score);
