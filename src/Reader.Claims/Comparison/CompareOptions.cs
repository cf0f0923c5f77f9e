namespace Reader.Claims.Comparison;

public sealed record CompareOptions
{
    /// <summary>How many comparisons a note shows; the rest are counted.</summary>
    public int MaxEntriesPerClaim { get; init; } = 5;

    /// <summary>
    /// Least IDF-weighted Dice overlap of two claims' subject terms for them to be about the same thing.
    /// </summary>
    public double MinSubjectSimilarity { get; init; } = 0.2;

    /// <summary>Least number of subject terms two claims must share (one shared word is chance).</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>
    /// When another article's best-matching claim differs but one of its claims that agrees scores within this
    /// margin, the agreeing one is taken: figures that share a sentence can't be told apart by its words, and a
    /// contradiction we can't pin down is worse than none.
    /// </summary>
    public double AgreementTieMargin { get; init; } = 0.05;

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
