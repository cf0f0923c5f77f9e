namespace Reader.DevSet;

/// <summary>A cluster's score with what lies behind it, for reading the engine's mistakes one by one.</summary>
public sealed record ClusterReport(
    LabelledCluster Cluster,
    ClusterRun Run,
    ClusterScore Score,
    IReadOnlyDictionary<string, ExtractedClaim> MatchOf,
    IReadOnlyList<LabelledClaim> MissedClaims,
    IReadOnlyList<(LabelledClaim Label, ExtractedClaim Found)> WrongValues,
    IReadOnlyList<ExtractedClaim> ExtraClaims,
    IReadOnlyList<ExpectedLink> MissedLinks,
    IReadOnlyList<MadeLink> Made);
