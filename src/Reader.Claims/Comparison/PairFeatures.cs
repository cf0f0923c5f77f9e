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
    double Closeness,
    double Uniqueness,
    double NearUniqueness,
    bool Reported,
    bool Explicit,
    bool Small,
    bool Open,
    bool CountedApart,
    bool SameValue,
    bool Compatible)
{
    /// <summary>Never the same quantity, whatever else they share: opposites or two kinds of one thing, a part and a whole, two times.</summary>
    public bool Vetoed =>
        Measure == LexicalRelation.Contrast || Predicate == LexicalRelation.Contrast || Holder == HolderFit.Contrast
        || PartMismatch || TimeDisjoint || CountedApart;

    /// <summary>Why <see cref="Vetoed"/> holds, in words (for the fitting report); null when it does not.</summary>
    public string? VetoReason =>
        Measure == LexicalRelation.Contrast ? "measured things contrast"
        : Predicate == LexicalRelation.Contrast ? "acts contrast"
        : Holder == HolderFit.Contrast ? "holders contrast"
        : PartMismatch ? "part and whole"
        : TimeDisjoint ? "times disjoint"
        : CountedApart ? "counted things unrelated"
        : null;

    /// <summary>Whether the lexicon ties the two frames at all: through the measured thing, the predicate, or one's measured thing and the other's predicate.</summary>
    public bool Anchored => Positive(Measure) || Positive(Predicate) || Crossed;

    /// <summary>Both frames whole (a measured thing and an act each) and the lexicon ties none of their words.</summary>
    public bool FramesUnrelated => !MeasureMissing && !PredicateMissing && !Anchored;

    /// <summary>
    /// Nothing ties the two claims but their figures: whole frames the lexicon does not relate, and clauses that share
    /// no word or concept. An equal figure alone is no evidence ("$500 million" for a plant and for a bond).
    /// </summary>
    public bool Unconnected => FramesUnrelated && Context == 0 && ConceptContext < 0.1;

    public static PairFeatures Of(EditionIndex index, int a, int b)
    {
        var x = index.Claims[a];
        var y = index.Claims[b];
        var (fx, fy) = (x.Frame, y.Frame);
        bool measureMissing = fx.Measure.Length == 0 || fy.Measure.Length == 0;
        bool predicateMissing = fx.Predicate.Length == 0 || fy.Predicate.Length == 0;
        var measure = measureMissing ? LexicalRelation.Unrelated : Relate(x.Measure, y.Measure, fx.Measure, fy.Measure);
        var predicate = predicateMissing ? LexicalRelation.Unrelated : Relate(x.Predicate, y.Predicate, fx.Predicate, fy.Predicate);
        bool crossed = Positive(x.Measure.Relate(y.Predicate)) || Positive(x.Predicate.Relate(y.Measure));
        bool timeBoth = fx.TimeFrom is not null && fy.TimeFrom is not null;
        bool overlap = timeBoth && fx.TimeFrom <= fy.TimeTo && fy.TimeFrom <= fx.TimeTo;
        return new PairFeatures(
            measure, measureMissing, fx.Measure.Length == 0 && fy.Measure.Length == 0,
            predicate, predicateMissing, fx.Predicate.Length == 0 && fy.Predicate.Length == 0,
            crossed,
            Holders(x, y),
            overlap, timeBoth && !overlap,
            fx.Part != fy.Part,
            WeightedWords.Dice(x.ContextWords, y.ContextWords),
            LexicalProfile.Intersects(x.PhraseConcepts, y.PhraseConcepts),
            Dice(x.ContextConcepts, y.ContextConcepts),
            SentenceSimilarity(index, a, b),
            ClosenessOf(x, y),
            UniquenessOf(index, a, b),
            NearUniquenessOf(index, a, b),
            x.Reported || y.Reported,
            x.Explicit && y.Explicit,
            x.Small || y.Small,
            x.Open || y.Open,
            x.Counted && y.Counted && !measureMissing && !Positive(measure),
            HaveSameValue(x, y),
            x.Interval is { } i && y.Interval is { } j && i.Overlaps(j));
    }

    public static bool Positive(LexicalRelation r) => r is LexicalRelation.Same or LexicalRelation.Synonym or LexicalRelation.Derived or LexicalRelation.Kind;

    /// <summary>Names WordNet lacks have no readings: the same name is the same thing, another name is unrelated.</summary>
    private static LexicalRelation Relate(LexicalProfile a, LexicalProfile b, string lemmaA, string lemmaB) =>
        lemmaA.Length > 0 && lemmaA == lemmaB ? LexicalRelation.Same : a.Relate(b);

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

    /// <summary>The same figure, as normalised: counts of differently named things still count alike ("800,000 workers", "800,000 employees").</summary>
    private static bool HaveSameValue(PreparedClaim x, PreparedClaim y) =>
        x.Claim.Value == y.Claim.Value && (x.Claim.Kind == Model.ClaimKind.Count || string.Equals(x.Claim.Unit, y.Claim.Unit, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How well each figure singles out the other: 1 when each article has just one figure of the group the other's
    /// value fits, less as either has more. "$1.375 billion" said once in each report is one quantity; "Friday",
    /// said of five events in each, is any of them.
    /// </summary>
    private static double UniquenessOf(EditionIndex index, int a, int b)
    {
        if (index.Claims[a].Interval is not { } i || index.Claims[b].Interval is not { } j || !i.Overlaps(j)) return 0;
        return 1.0 / (Fitting(index, index.GroupMates[a], j) * Fitting(index, index.GroupMates[b], i));
    }

    /// <summary>
    /// Like <see cref="UniquenessOf"/>, blind to whether the figures agree: 1 when each article has just one figure of
    /// the group near the other's (<see cref="NearEnough"/>). Weighs a possible difference as uniqueness weighs an agreement.
    /// </summary>
    private static double NearUniquenessOf(EditionIndex index, int a, int b)
    {
        int Near(int[] mates, PreparedClaim other)
        {
            int n = 0;
            foreach (int c in mates)
                if (NearEnough(index.Claims[c], other)) n++;
            return Math.Max(1, n);
        }
        var (x, y) = (index.Claims[a], index.Claims[b]);
        return 1.0 / (Near(index.GroupMates[a], y) * Near(index.GroupMates[b], x));
    }

    /// <summary>How many of an article's figures in a group (<paramref name="mates"/>) the interval overlaps (at least one).</summary>
    private static int Fitting(EditionIndex index, int[] mates, ValueInterval value)
    {
        int n = 0;
        foreach (int c in mates)
            if (index.Claims[c].Interval is { } v && v.Overlaps(value)) n++;
        return Math.Max(1, n);
    }

    /// <summary>
    /// A figure any report is likely to give of something: a count, rank or span of a dozen or less. Two such figures
    /// being equal says little; what they measure must say the rest.
    /// </summary>
    public static bool IsSmall(Model.Claim c) =>
        c.Kind is Model.ClaimKind.Count or Model.ClaimKind.Ordinal or Model.ClaimKind.Duration && c.Value.Low is { } v && v <= 12;

    /// <summary>
    /// A count or rank that names what it counts right beside it ("three terms", "second summit"). Two of them that
    /// count things the lexicon does not relate count different things: a rank, above all, says nothing without
    /// what is ranked.
    /// </summary>
    public static bool Counted(Model.Claim c) =>
        c.Kind is Model.ClaimKind.Count or Model.ClaimKind.Ordinal && c.Frame.Measure.Length > 0 && !c.Frame.Implied
        && (c.Kind == Model.ClaimKind.Ordinal || c.Unit.Length > 0);

    /// <summary>Whether two figures agree or lie close enough for a difference to be told (<see cref="FrameMatcher.MinDifferCloseness"/>).</summary>
    public static bool NearEnough(PreparedClaim x, PreparedClaim y) => ClosenessOf(x, y) >= FrameMatcher.MinDifferCloseness;

    /// <summary>
    /// How near two values are, from 1 (touching) towards 0: a quantity two reports give differently is usually
    /// given close (400,000 and 520,000; Friday and Thursday), two quantities of one story seldom are. Amounts by
    /// their relative gap (a tenth apart is e⁻¹), days by weeks apart.
    /// </summary>
    private static double ClosenessOf(PreparedClaim x, PreparedClaim y)
    {
        if (x.Interval is not { } i || y.Interval is not { } j) return 0;
        double gap = Math.Max(0, Math.Max(i.Low - j.High, j.Low - i.High));
        if (gap == 0) return 1;
        if (x.Group == "time") return Math.Exp(-gap / 7);
        // An open figure ("more than 150") is as large as its bound.
        double size = Math.Max(Math.Max(FiniteSize(i.Low), FiniteSize(i.High)), Math.Max(FiniteSize(j.Low), FiniteSize(j.High)));
        if (size == 0) return 0;
        return Math.Exp(-gap / size / 0.1);
    }

    private static double FiniteSize(double value) => double.IsFinite(value) ? Math.Abs(value) : 0;

    /// <summary>Weighted Dice overlap of the two claims' whole sentences.</summary>
    public static double SentenceSimilarity(EditionIndex index, int a, int b)
    {
        int sa = index.ClaimSentence[a], sb = index.ClaimSentence[b];
        return sa < 0 || sb < 0 ? 0 : WeightedWords.Dice(index.Sentences[sa].Weighted, index.Sentences[sb].Weighted);
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

    /// <summary>How many numbers <see cref="Vector"/> gives.</summary>
    public const int Length = 33;

    /// <summary>The features as numbers for the matcher's linear model, in <see cref="FrameMatcher.FeatureNames"/> order.</summary>
    public double[] Vector()
    {
        var x = new double[Length];
        Write(x);
        return x;
    }

    /// <summary><see cref="Vector"/> written into <paramref name="x"/>, which the matcher keeps on the stack.</summary>
    public void Write(Span<double> x)
    {
        ReadOnlySpan<double> v =
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
            FramesUnrelated ? 1 : 0,
            Sentence,
            Closeness,
            Uniqueness,
            Small ? 1 : 0,
            Open ? 1 : 0,
            Small && !MeasureMissing && !Positive(Measure) ? 1 : 0,
            Reported ? 1 : 0,
            Explicit ? 1 : 0,
            NearUniqueness,
        ];
        v.CopyTo(x);
    }

    /// <summary>
    /// The features blind to the figures (<see cref="FrameMatcher.FrameModel"/>): whether two claims state the same
    /// quantity, whatever their values say. The value features are held constant, so no tree can split on them.
    /// </summary>
    public double[] FrameVector() => Blind.Vector();

    /// <summary><see cref="FrameVector"/> written into <paramref name="x"/>.</summary>
    public void WriteFrame(Span<double> x) => Blind.Write(x);

    private PairFeatures Blind => this with { SameValue = false, Compatible = false, Closeness = 0, Uniqueness = 0 };
}
