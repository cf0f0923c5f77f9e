namespace Reader.Claims.Comparison;

/// <summary>
/// Decides whether two claims of different articles state the same quantity, and how their figures relate. Some
/// pairs are never related (<see cref="PairFeatures.Vetoed"/>); the rest are weighed by models over
/// <see cref="PairFeatures"/> — boosted small trees fitted on the development set (tests/Reader.DevSet;
/// `comparisons --fit --write` fits and writes them again), for amounts and for events (dates, years, ranks),
/// whose reports date many acts to the same few days. Agreement is weighed with the figures (a compatible figure,
/// alone in each article, is itself evidence); a difference by a second model blind to them, since it must rest on
/// everything but the figures. A wrong "differs" misleads a reader more than a missing note.
/// </summary>
internal static class FrameMatcher
{
    public static readonly string[] FeatureNames =
    [
        "bias", "measure same", "measure synonym", "measure derived", "measure kind", "measure unrelated", "no measure",
        "predicate same", "predicate synonym", "predicate derived", "predicate kind", "predicate unrelated", "no predicate",
        "measure~predicate", "holders related", "holders unrelated", "one holder", "times overlap", "context", "same value",
        "compatible", "phrases related", "concept context", "frames unrelated", "sentence", "closeness", "uniqueness", "small figure", "open figure", "small, other things",
        "reported act", "both in digits", "near uniqueness",
    ];

    /// <summary>Least <see cref="PairFeatures.Closeness"/> of two differing figures: amounts about a third apart, dates three weeks.</summary>
    public const double MinDifferCloseness = 0.05;

    /// <summary>Least closeness of two differing dates of one act (a bit over a week apart).</summary>
    public const double MinEventDifferCloseness = 0.3;

    /// <summary>Least figure-blind probability for two close dates of acts the lexicon ties.</summary>
    public const double EventDifferThreshold = 0.5;

    public static bool IsTime(string group) => group is "time" or "ordinal";

    /// <summary>The model for amounts: counts, money, shares, durations, tallies (Data/amounts.model).</summary>
    public static readonly TreeModel AmountModel = TreeModel.Embedded("amounts");

    /// <summary>The model for events: dates, years and ranks (Data/events.model).</summary>
    public static readonly TreeModel EventModel = TreeModel.Embedded("events");

    /// <summary>The figure-blind models, for differences (Data/amount-frames.model, Data/event-frames.model).</summary>
    public static readonly TreeModel AmountFrameModel = TreeModel.Embedded("amount-frames");

    public static readonly TreeModel EventFrameModel = TreeModel.Embedded("event-frames");

    /// <summary>Least probability that two claims are the same quantity, when their figures agree.</summary>
    public const double AgreeThreshold = 0.6;

    /// <summary>Least probability when their figures differ.</summary>
    public const double DifferThreshold = 0.7;

    /// <summary>
    /// Whether a difference could be told between two figures that do not agree: they lie near each other, and for
    /// dates, within about a week and of acts the lexicon ties (a story dates many acts to nearby days; amounts are
    /// rarer alike).
    /// </summary>
    public static bool CanDiffer(PairFeatures features, bool events) =>
        !features.Compatible && (events ? features.Anchored && features.Closeness >= MinEventDifferCloseness : features.Closeness >= MinDifferCloseness);

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
            if (features.Unconnected) return null;
            Span<double> x = stackalloc double[PairFeatures.Length];
            features.Write(x);
            double p = model.Probability(x);
            return p < options.AgreeThreshold ? null : new ClaimMatch(b, Relation.Agrees, p);
        }
        if (!CanDiffer(features, events)) return null;
        var frames = events ? options.EventFrameModel ?? EventFrameModel : options.AmountFrameModel ?? AmountFrameModel;
        Span<double> blind = stackalloc double[PairFeatures.Length];
        features.WriteFrame(blind);
        double same = frames.Probability(blind);
        // Two dates of one act a few days apart are a plain contradiction a reader wants told ("mid-February" against
        // "February 7"); dates further apart are more often two acts than one misdated.
        return same < (events ? options.EventDifferThreshold : options.DifferThreshold) ? null : new ClaimMatch(b, Relation.Differs, same);
    }
}
