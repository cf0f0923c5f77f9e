using Reader.Claims.Lexicon;

namespace Reader.Claims.Comparison;

/// <summary>
/// What two claims' frames have in common, as the matcher weighs it: how their measured things, predicates and
/// holders relate in the lexicon, whether their times and part-of-whole readings fit, how much of their clauses'
/// words they share, and how their values compare.
/// </summary>
internal readonly record struct PairFeatures(
    LexicalRelation Measure,
    bool MeasureMissing,
    bool MeasureMissingBoth,
    LexicalRelation Predicate,
    bool PredicateMissing,
    bool PredicateMissingBoth,
    bool Crossed,
    HolderFit Holder,
    bool TimeOverlap,
    bool TimeDisjoint,
    bool PartMismatch,
    double Context,
    bool PhraseRelated,
    double ConceptContext,
    double Sentence,
    bool SameValue,
    bool Compatible)
{
    private static LexicalDatabase Lexicon => LexicalDatabase.Default;

    /// <summary>Never the same quantity, whatever else they share: opposites or two kinds of one thing, a part and a whole, two times.</summary>
    public bool Vetoed =>
        Measure == LexicalRelation.Contrast || Predicate == LexicalRelation.Contrast || Holder == HolderFit.Contrast
        || PartMismatch || TimeDisjoint;

    /// <summary>Whether the lexicon ties the two frames at all: through the measured thing, the predicate, or one's measured thing and the other's predicate.</summary>
    public bool Anchored => Positive(Measure) || Positive(Predicate) || Crossed;

    public static PairFeatures Of(EditionIndex index, int a, int b)
    {
        var x = index.Claims[a];
        var y = index.Claims[b];
        var (fx, fy) = (x.Frame, y.Frame);
        bool measureMissing = fx.Measure.Length == 0 || fy.Measure.Length == 0;
        bool predicateMissing = fx.Predicate.Length == 0 || fy.Predicate.Length == 0;
        var measure = measureMissing ? LexicalRelation.Unrelated : Relate(x.Measure, y.Measure, fx.Measure, fy.Measure);
        var predicate = predicateMissing ? LexicalRelation.Unrelated : Relate(x.Predicate, y.Predicate, fx.Predicate, fy.Predicate);
        bool crossed = Positive(Lexicon.Relate(x.Measure, y.Predicate)) || Positive(Lexicon.Relate(x.Predicate, y.Measure));
        bool timeBoth = fx.TimeFrom is not null && fy.TimeFrom is not null;
        bool overlap = timeBoth && fx.TimeFrom <= fy.TimeTo && fy.TimeFrom <= fx.TimeTo;
        return new PairFeatures(
            measure, measureMissing, fx.Measure.Length == 0 && fy.Measure.Length == 0,
            predicate, predicateMissing, fx.Predicate.Length == 0 && fy.Predicate.Length == 0,
            crossed,
            Holders(x, y),
            overlap, timeBoth && !overlap,
            fx.Part != fy.Part,
            ContextSimilarity(index, a, b),
            Intersects(x.PhraseConcepts, y.PhraseConcepts),
            Dice(x.ContextConcepts, y.ContextConcepts),
            SentenceSimilarity(index, a, b),
            HaveSameValue(x, y),
            x.Interval is { } i && y.Interval is { } j && i.Overlaps(j));
    }

    public static bool Positive(LexicalRelation r) => r is LexicalRelation.Same or LexicalRelation.Synonym or LexicalRelation.Derived or LexicalRelation.Kind;

    /// <summary>Names WordNet lacks have no readings: the same name is the same thing, another name is unrelated.</summary>
    private static LexicalRelation Relate(LexicalEntry[] a, LexicalEntry[] b, string lemmaA, string lemmaB)
    {
        if (lemmaA.Length > 0 && lemmaA == lemmaB) return LexicalRelation.Same;
        return Lexicon.Relate(a, b);
    }

    private static HolderFit Holders(PreparedClaim x, PreparedClaim y)
    {
        string hx = x.Frame.HolderHead, hy = y.Frame.HolderHead;
        if (hx.Length == 0 && hy.Length == 0) return HolderFit.Neither;
        if (hx.Length == 0 || hy.Length == 0) return HolderFit.OneOnly;
        return Relate(x.Holder, y.Holder, hx, hy) switch
        {
            LexicalRelation.Contrast => HolderFit.Contrast,
            var r when Positive(r) => HolderFit.Related,
            _ => HolderFit.Unrelated,
        };
    }

    private static bool HaveSameValue(PreparedClaim x, PreparedClaim y) =>
        x.Claim.Value == y.Claim.Value && string.Equals(x.Claim.Unit, y.Claim.Unit, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Weighted Dice overlap of the two clauses' words. A word's weight comes from the two articles alone — how
    /// many of their sentences hold it — so a word every sentence of both uses (the story's protagonist) weighs
    /// little, and the weight does not move when some other article of the edition changes.
    /// </summary>
    public static double ContextSimilarity(EditionIndex index, int a, int b)
    {
        var x = index.Claims[a];
        var y = index.Claims[b];
        if (x.Context.Length == 0 || y.Context.Length == 0) return 0;
        var pa = index.Prepared[index.ClaimArticle[a]];
        var pb = index.Prepared[index.ClaimArticle[b]];
        return WeightedDice(x.Context, y.Context, pa, pb);
    }

    /// <summary>Weighted Dice overlap of the two claims' whole sentences (weights as <see cref="ContextSimilarity"/>'s).</summary>
    public static double SentenceSimilarity(EditionIndex index, int a, int b)
    {
        int sa = index.ClaimSentence[a], sb = index.ClaimSentence[b];
        if (sa < 0 || sb < 0) return 0;
        return WeightedDice(index.Sentences[sa].Lemmas, index.Sentences[sb].Lemmas,
            index.Prepared[index.ClaimArticle[a]], index.Prepared[index.ClaimArticle[b]]);
    }

    public static double WeightedDice(string[] x, string[] y, PreparedArticle pa, PreparedArticle pb)
    {
        int sentences = pa.Sentences.Length + pb.Sentences.Length;
        double Weight(string w) =>
            Math.Log(1 + sentences / (double)Math.Max(1, pa.SentenceFrequency.GetValueOrDefault(w) + pb.SentenceFrequency.GetValueOrDefault(w)));
        double shared = 0, total = 0;
        int i = 0, j = 0;
        while (i < x.Length || j < y.Length)
        {
            int c = i >= x.Length ? 1 : j >= y.Length ? -1 : string.CompareOrdinal(x[i], y[j]);
            if (c == 0) { double w = Weight(x[i]); shared += 2 * w; total += 2 * w; i++; j++; }
            else if (c < 0) { total += Weight(x[i]); i++; }
            else { total += Weight(y[j]); j++; }
        }
        return total == 0 ? 0 : shared / total;
    }

    private static bool Intersects(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++; else j++;
        }
        return false;
    }

    private static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++; else j++;
        }
        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>The features as numbers for the matcher's linear model, in <see cref="FrameMatcher.FeatureNames"/> order.</summary>
    public double[] Vector() =>
    [
        1,
        !MeasureMissing && Measure == LexicalRelation.Same ? 1 : 0,
        !MeasureMissing && Measure == LexicalRelation.Synonym ? 1 : 0,
        !MeasureMissing && Measure == LexicalRelation.Derived ? 1 : 0,
        !MeasureMissing && Measure == LexicalRelation.Kind ? 1 : 0,
        !MeasureMissing && Measure == LexicalRelation.Unrelated ? 1 : 0,
        MeasureMissingBoth ? 1 : 0,
        !PredicateMissing && Predicate == LexicalRelation.Same ? 1 : 0,
        !PredicateMissing && Predicate == LexicalRelation.Synonym ? 1 : 0,
        !PredicateMissing && Predicate == LexicalRelation.Derived ? 1 : 0,
        !PredicateMissing && Predicate == LexicalRelation.Kind ? 1 : 0,
        !PredicateMissing && Predicate == LexicalRelation.Unrelated ? 1 : 0,
        PredicateMissingBoth ? 1 : 0,
        Crossed ? 1 : 0,
        Holder == HolderFit.Related ? 1 : 0,
        Holder == HolderFit.Unrelated ? 1 : 0,
        Holder == HolderFit.OneOnly ? 1 : 0,
        TimeOverlap ? 1 : 0,
        Context,
        SameValue ? 1 : 0,
        Compatible ? 1 : 0,
        PhraseRelated ? 1 : 0,
        ConceptContext,
        !MeasureMissing && !PredicateMissing && !Positive(Measure) && !Positive(Predicate) && !Crossed ? 1 : 0,
        Sentence,
    ];
}
