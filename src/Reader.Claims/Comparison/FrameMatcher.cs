namespace Reader.Claims.Comparison;

/// <summary>
/// Decides whether two claims of different articles state the same quantity, and how their figures relate. Some
/// pairs are never related (<see cref="PairFeatures.Vetoed"/>); the rest are
/// weighed by a logistic model over <see cref="PairFeatures"/>, whose weights were fitted on the development set
/// (tests/Reader.DevSet; `comparisons --fit` prints them again). Agreement needs less evidence than a difference:
/// a compatible figure is itself evidence, and a wrong "differs" misleads a reader more than a missing note.
/// </summary>
internal static class FrameMatcher
{
    public static readonly string[] FeatureNames =
    [
        "bias", "measure same", "measure synonym", "measure derived", "measure kind", "measure unrelated", "no measure",
        "predicate same", "predicate synonym", "predicate derived", "predicate kind", "predicate unrelated", "no predicate",
        "measure~predicate", "holders related", "holders unrelated", "one holder", "times overlap", "context", "same value",
        "compatible", "phrases related", "concept context", "frames unrelated", "sentence",
    ];

    /// <summary>Weights for amounts (counts, money, shares, durations, ranks): a figure and what it measures.</summary>
    public static readonly double[] Weights =
    [
        -4.943, -0.495, 0.000, 0.078, 0.825, -0.342, -0.555,
        1.411, 0.000, -0.223, 0.388, -0.463, -0.033, 1.065,
        0.000, 0.000, -0.634, -0.377, 0.591, 3.309, 3.404,
        0.590, 1.201, 0.813, 1.124,
    ];

    /// <summary>
    /// Weights for dates and years, fitted apart: one story's reports date many events to the same few days, so for
    /// a date an equal value says little and the act dated says most.
    /// </summary>
    public static readonly double[] TimeWeights =
    [
        -6.161, 0.544, 0.000, 0.000, -0.619, 0.068, -0.221,
        1.872, 0.650, -0.020, -0.574, 0.963, -0.068, 0.258,
        0.000, -0.005, 0.372, 0.000, 0.218, 0.955, 3.739,
        0.054, 1.878, -0.504, 1.933,
    ];

    public static bool IsTime(string group) => group is "time" or "ordinal";

    /// <summary>Least probability that two claims are the same quantity, when their figures agree.</summary>
    public const double AgreeThreshold = 0.7;

    /// <summary>Least probability when their figures differ.</summary>
    public const double DifferThreshold = 0.8;

    public static ClaimMatch? Match(EditionIndex index, int a, int b, CompareOptions options)
    {
        var features = PairFeatures.Of(index, a, b);
        if (features.Vetoed) return null;
        bool time = IsTime(index.Claims[a].Group);
        double p = LogisticModel.Probability(time ? options.TimeMatcherWeights ?? TimeWeights : options.MatcherWeights ?? Weights, features.Vector());
        var relation = features.Compatible ? Relation.Agrees : Relation.Differs;
        if (p < (relation == Relation.Agrees ? options.AgreeThreshold : options.DifferThreshold)) return null;
        return new ClaimMatch(b, relation, p);
    }
}
