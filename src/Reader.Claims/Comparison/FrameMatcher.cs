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
        "compatible", "phrases related", "concept context", "frames unrelated", "sentence", "closeness", "uniqueness",
    ];

    /// <summary>Weights for amounts (counts, money, shares, durations, ranks): a figure and what it measures.</summary>
    public static readonly double[] Weights =
    [
        -5.629, -0.498, 0.000, 0.071, -0.035, -0.551, -0.459,
        1.224, 0.000, -0.140, 0.288, -0.579, -0.423, 0.977,
        0.706, -0.587, -0.144, -0.629, 0.566, 2.893, 0.922,
        0.604, 0.954, 0.994, 0.984, 2.855, 1.619,
    ];

    /// <summary>
    /// Weights for dates and years, fitted apart: one story's reports date many events to the same few days, so for
    /// a date an equal value says little and the act dated says most.
    /// </summary>
    public static readonly double[] TimeWeights =
    [
        -6.836, 0.387, 0.000, 0.000, 0.385, 0.639, -0.121,
        1.419, 0.321, -0.255, 0.109, 0.741, 0.060, 0.409,
        0.822, -0.393, -0.120, 0.000, -0.116, 0.812, 2.190,
        0.293, 1.890, -0.882, 1.609, 1.887, 1.602,
    ];

    /// <summary>Least <see cref="PairFeatures.Closeness"/> of two differing figures: amounts about a third apart, dates three weeks.</summary>
    public const double MinDifferCloseness = 0.05;

    public static bool IsTime(string group) => group is "time" or "ordinal";

    /// <summary>Least probability that two claims are the same quantity, when their figures agree.</summary>
    public const double AgreeThreshold = 0.7;

    /// <summary>Least probability when their figures differ.</summary>
    public const double DifferThreshold = 0.8;

    public static ClaimMatch? Match(EditionIndex index, int a, int b, CompareOptions options)
    {
        // Most candidates give a far-off figure: neither agreement nor a difference worth telling. Ruled out before
        // the frames are weighed, which is most of the work.
        if (!PairFeatures.NearEnough(index.Claims[a], index.Claims[b])) return null;
        var features = PairFeatures.Of(index, a, b);
        if (features.Vetoed) return null;
        bool time = IsTime(index.Claims[a].Group);
        var weights = time ? options.TimeMatcherWeights ?? TimeWeights : options.MatcherWeights ?? Weights;
        if (features.Compatible)
        {
            double p = LogisticModel.Probability(weights, features.Vector());
            return p < options.AgreeThreshold ? null : new ClaimMatch(b, Relation.Agrees, p);
        }
        // A difference is asserted only where everything but the figures says "the same quantity": the model is asked
        // how sure it would be were the figures to agree, and the figures must still be near each other.
        if (features.Closeness < MinDifferCloseness) return null;
        double ifAgreeing = LogisticModel.Probability(weights, (features with { Compatible = true, SameValue = false, Closeness = 1 }).Vector());
        return ifAgreeing < options.DifferThreshold ? null : new ClaimMatch(b, Relation.Differs, ifAgreeing);
    }
}
