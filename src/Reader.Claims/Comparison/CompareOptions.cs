namespace Reader.Claims.Comparison;

public sealed record CompareOptions
{
    /// <summary>How many comparisons a note shows; the rest are counted.</summary>
    public int MaxEntriesPerClaim { get; init; } = 5;
}
