namespace Reader.Claims.Comparison;

/// <summary>
/// What the rest of the edition says about one claim. <see cref="Nearest"/> holds at most
/// <see cref="CompareOptions.MaxEntriesPerClaim"/> entries (closest subject first, one per article at most
/// for mentions); the counts cover all of them, so a note can say "and 1,204 more".
/// </summary>
public sealed record ClaimComparison(
    string ClaimId,
    IReadOnlyList<ComparisonEntry> Nearest,
    int AgreeCount,
    int DifferCount,
    int MentionCount)
{
    public int Total => AgreeCount + DifferCount + MentionCount;
    public int NotShown => Total - Nearest.Count;
}
