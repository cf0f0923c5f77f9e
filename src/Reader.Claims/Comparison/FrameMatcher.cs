namespace Reader.Claims.Comparison;

/// <summary>
/// Decides whether two claims of different articles state the same quantity, and how their figures relate. Some
/// pairs are never related (<see cref="PairFeatures.Vetoed"/>); the rest are
/// weighed by a model over <see cref="PairFeatures"/> — boosted small trees fitted on the development set
/// (tests/Reader.DevSet; `comparisons --fit --write` fits and writes them again), one for amounts and one for
/// events (dates, years, ranks), whose reports date many acts to the same few days. A difference needs more
/// evidence than agreement: a compatible figure is itself evidence, and a wrong "differs" misleads a reader more
/// than a missing note.
/// </summary>
internal static class FrameMatcher
{
    public static readonly string[] FeatureNames =
    [
        "bias", "measure same", "measure synonym", "measure derived", "measure kind", "measure unrelated", "no measure",
        "predicate same", "predicate synonym", "predicate derived", "predicate kind", "predicate unrelated", "no predicate",
        "measure~predicate", "holders related", "holders unrelated", "one holder", "times overlap", "context", "same value",
        "compatible", "phrases related", "concept context", "frames unrelated", "sentence", "closeness", "uniqueness", "small figure", "open figure", "small, other things",
    ];

    /// <summary>Least <see cref="PairFeatures.Closeness"/> of two differing figures: amounts about a third apart, dates three weeks.</summary>
    public const double MinDifferCloseness = 0.05;

    /// <summary>Least closeness of two differing dates of one act (a bit over a week apart).</summary>
    public const double MinEventDifferCloseness = 0.3;

    /// <summary>Least probability, were the figures to agree, for two dates of acts the lexicon ties.</summary>
    public const double EventDifferThreshold = 0.5;

    public static bool IsTime(string group) => group is "time" or "ordinal";

    /// <summary>The model for amounts: counts, money, shares, durations, tallies (Data/amounts.model).</summary>
    public static readonly TreeModel AmountModel = TreeModel.Embedded("amounts");

    /// <summary>The model for events: dates, years and ranks (Data/events.model).</summary>
    public static readonly TreeModel EventModel = TreeModel.Embedded("events");

    /// <summary>Least probability that two claims are the same quantity, when their figures agree.</summary>
    public const double AgreeThreshold = 0.6;

    /// <summary>Least probability when their figures differ.</summary>
    public const double DifferThreshold = 0.9;

    public static ClaimMatch? Match(EditionIndex index, int a, int b, CompareOptions options)
    {
        // Most candidates give a far-off figure: neither agreement nor a difference worth telling. Ruled out before
        // the frames are weighed, which is most of the work.
        if (!PairFeatures.NearEnough(index.Claims[a], index.Claims[b])) return null;
        var features = PairFeatures.Of(index, a, b);
        if (features.Vetoed) return null;
        bool events = IsTime(index.Claims[a].Group);
        var model = events ? options.EventModel ?? EventModel : options.AmountModel ?? AmountModel;
        if (features.Compatible)
        {
            double p = model.Probability(features.Vector());
            return p < options.AgreeThreshold ? null : new ClaimMatch(b, Relation.Agrees, p);
        }
        // A difference is asserted only where everything but the figures says "the same quantity": the model is asked
        // how sure it would be were the figures to agree, and the figures must still be near each other.
        if (features.Closeness < MinDifferCloseness) return null;
        double ifAgreeing = model.Probability((features with { Compatible = true, SameValue = false, Closeness = 1, Uniqueness = 1 }).Vector());
        // Two dates of one act a few days apart are a plain contradiction a reader wants told ("mid-February" against
        // "February 7"): for events the lexicon must tie the acts, and then less certainty will do.
        if (events && features.Anchored && features.Closeness >= MinEventDifferCloseness)
            return ifAgreeing < options.EventDifferThreshold ? null : new ClaimMatch(b, Relation.Differs, ifAgreeing);
        return ifAgreeing < options.DifferThreshold ? null : new ClaimMatch(b, Relation.Differs, ifAgreeing);
    }
}
