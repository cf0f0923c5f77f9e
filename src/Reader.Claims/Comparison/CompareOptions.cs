namespace Reader.Claims.Comparison;

public sealed record CompareOptions
{
    /// <summary>How many comparisons a note shows; the rest are counted.</summary>
    public int MaxEntriesPerClaim { get; init; } = 5;

    /// <summary>
    /// How many other claims (and, separately, sentences) one claim is weighed against, taken from its rarest
    /// keys first. Beyond it, counts come from the subject group's statistics rather than pairs.
    /// </summary>
    public int MaxCandidatesPerClaim { get; init; } = 200;

    /// <summary>Least probability (<see cref="FrameMatcher"/>) that two claims state the same quantity, when their figures agree.</summary>
    public double AgreeThreshold { get; init; } = FrameMatcher.AgreeThreshold;

    /// <summary>Least probability when their figures differ: a wrong "differs" misleads more than a missing note.</summary>
    public double DifferThreshold { get; init; } = FrameMatcher.DifferThreshold;

    /// <summary>The matcher's weights, in <see cref="FrameMatcher.FeatureNames"/> order; null for the fitted ones. For fitting and tests.</summary>
    public IReadOnlyList<double>? MatcherWeights { get; init; }

    /// <summary>The matcher's weights for dates and years; null for the fitted ones.</summary>
    public IReadOnlyList<double>? TimeMatcherWeights { get; init; }

    /// <summary>Least probability (<see cref="MentionFinder"/>) that a sentence mentions a claim's quantity.</summary>
    public double MentionThreshold { get; init; } = MentionFinder.Threshold;

    /// <summary>The mention model's weights, in <see cref="MentionFinder.FeatureNames"/> order; null for the fitted ones.</summary>
    public IReadOnlyList<double>? MentionWeights { get; init; }
}
