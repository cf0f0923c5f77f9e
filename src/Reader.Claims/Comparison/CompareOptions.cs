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

    /// <summary>Least probability (figure-blind model) when their figures differ: a wrong "differs" misleads more than a missing note.</summary>
    public double DifferThreshold { get; init; } = FrameMatcher.DifferThreshold;

    /// <summary>Least probability, were the figures to agree, for two close dates whose acts the lexicon ties (<see cref="FrameMatcher"/>).</summary>
    public double EventDifferThreshold { get; init; } = FrameMatcher.EventDifferThreshold;

    /// <summary>The matcher's model for amounts; null for the one shipped (<see cref="FrameMatcher.AmountModel"/>). For fitting.</summary>
    public TreeModel? AmountModel { get; init; }

    /// <summary>The matcher's model for dates, years and ranks; null for the one shipped.</summary>
    public TreeModel? EventModel { get; init; }

    /// <summary>The matcher's figure-blind model for amounts (whether two differing figures state one quantity); null for the one shipped.</summary>
    public TreeModel? AmountFrameModel { get; init; }

    /// <summary>The figure-blind model for dates, years and ranks; null for the one shipped.</summary>
    public TreeModel? EventFrameModel { get; init; }

    /// <summary>Least probability (<see cref="MentionFinder"/>) that a sentence mentions a claim's quantity.</summary>
    public double MentionThreshold { get; init; } = MentionFinder.Threshold;

    /// <summary>The mention model; null for the one shipped (<see cref="MentionFinder.Model"/>).</summary>
    public TreeModel? MentionModel { get; init; }
}
