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
        "compatible", "phrases related", "concept context", "frames unrelated",
    ];

    /// <summary>Weights for amounts (counts, money, shares, durations, ranks): a figure and what it measures.</summary>
    public static readonly double[] Weights =
    [
        -4.876, -0.440, 0.000, 0.070, 0.867, -0.328, -0.560,
        1.418, 0.000, -0.227, 0.379, -0.472, -0.046, 1.110,
        0.000, 0.000, -0.585, -0.244, 0.722, 3.347, 3.417,
        0.593, 1.409, 0.789,
    ];

    /// <summary>
    /// Weights for dates and years, fitted apart: one story's reports date many events to the same few days, so for
    /// a date an equal value says little and the act dated says most.
    /// </summary>
    public static readonly double[] TimeWeights =
    [
        -6.052, 0.633, 0.000, 0.000, -0.641, 0.059, -0.256,
        1.978, 0.620, -0.021, -0.567, 0.935, -0.027, 0.271,
        0.000, -0.005, 0.385, 0.000, 0.638, 0.968, 3.763,
        0.098, 2.200, -0.506,
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
