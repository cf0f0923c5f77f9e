namespace Reader.Claims.Comparison;

public sealed record CompareOptions
{
    /// <summary>How many comparisons a note shows; the rest are counted.</summary>
    public int MaxEntriesPerClaim { get; init; } = 5;

    /// <summary>
    /// Least IDF-weighted Dice overlap of two claims' subject terms for them to be about the same thing when
    /// their figures differ. A contradiction also needs the words right beside both figures to share a term.
    /// </summary>
    public double MinSubjectSimilarity { get; init; } = 0.2;

    /// <summary>
    /// Least overlap when the figures agree. Lower: two outlets rarely land on compatible figures of one kind by
    /// chance while sharing story words, so agreement is itself evidence — yet never enough alone.
    /// </summary>
    public double MinAgreeingSimilarity { get; init; } = 0.1;

    /// <summary>Least number of subject terms two claims must share (one shared word is chance).</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Least share (by weight) of a claim's subject terms a sentence must hold to count as a mention.</summary>
    public double MinMentionCoverage { get; init; } = 0.6;

    /// <summary>Least number of subject terms a mentioning sentence must share with the claim.</summary>
    public int MinMentionSharedTerms { get; init; } = 3;

    /// <summary>
    /// How many other claims (and, separately, sentences) one claim is scored against, taken from its rarest
    /// terms first. Beyond it, counts come from the subject group's statistics rather than pairs.
    /// </summary>
    public int MaxCandidatesPerClaim { get; init; } = 200;
}
