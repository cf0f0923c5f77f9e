using Reader.Claims.Lexicon;

namespace Reader.Claims.Comparison;

/// <summary>
/// Finds the sentences of other articles that speak of a claim's quantity without a figure of its kind: the
/// takeover priced in one article and only reported in another. A sentence is a candidate only when it names the
/// claim's measured thing or its act (the same word, a synonym or a derived word — never merely a kind of it);
/// a model over <see cref="FeatureNames"/> (boosted small trees fitted on the development set like
/// <see cref="FrameMatcher"/>'s) then weighs what else it shares with the claim's clause. Set high on purpose: a
/// wrong "mentions" misleads more than a missing one.
/// </summary>
internal sealed class MentionFinder(EditionIndex index, CompareOptions options)
{
    public static readonly string[] FeatureNames =
        ["bias", "measured thing named", "act named", "both named", "claim has no act", "clause words held", "holder named", "sentence has figures",
         "measured thing's own word", "sentences alike", "anchor spread", "claim has no measured thing"];

    /// <summary>The mention model (Data/mentions.model), fitted on the development set like the matcher's.</summary>
    public static readonly TreeModel Model = TreeModel.Embedded("mentions");


    public const double Threshold = 0.5;

    /// <param name="covered">Articles already related by a figure: they are not mere mentions.</param>
    public (List<ClaimMatch> Mentions, bool Truncated, int Candidates) Find(int claim, IReadOnlySet<int> covered, List<ScanSpan>? spans = null)
    {
        var c = index.Claims[claim];
        if (!CanBeMentioned(c)) return ([], false, 0);
        int article = index.ClaimArticle[claim];
        var lists = c.Anchors.Select(k => ((long)k, index.SentencesWith(k))).OrderBy(l => l.Item2.Length).ThenBy(l => l.Item1);
        int origin = index.ClaimSentence[claim] >= 0 ? index.ClaimSentence[claim] : 0;
        var (candidates, truncated) = CandidateScan.Collect(lists, origin, options.MaxCandidatesPerClaim,
            id => index.SentenceArticle[id] != article && !covered.Contains(index.SentenceArticle[id]), spans,
            (index.FirstSentence[article], index.FirstSentence[article + 1]));
        return (Best(claim, candidates), truncated, candidates.Count);
    }

    public static bool CanBeMentioned(PreparedClaim c) => !c.Measure.IsEmpty || !c.Predicate.IsEmpty;

    /// <summary>The concepts a mentioning sentence must hold one of: the measured thing's and the act's roots.</summary>
    public static int[] Anchors(PreparedClaim c) => c.Anchors;

    /// <summary>The best mentioning sentence of each article among <paramref name="candidates"/>, best first.</summary>
    public List<ClaimMatch> Best(int claim, IEnumerable<int> candidates)
    {
        var best = new Dictionary<int, ClaimMatch>();
        var model = options.MentionModel ?? Model;
        Span<double> x = stackalloc double[FeatureCount];
        foreach (var id in candidates)
        {
            if (!Weigh(claim, id, x, onlyNamed: true)) continue;
            double score = model.Probability(x);
            if (score < options.MentionThreshold) continue;
            int other = index.SentenceArticle[id];
            if (!best.TryGetValue(other, out var current) || score > current.Score || (score == current.Score && id < current.Other))
                best[other] = new ClaimMatch(id, Relation.Mentions, score);
        }
        var mentions = best.Values.ToList();
        ClaimMatch.Sort(mentions);
        return mentions;
    }

    /// <summary>
    /// Whether the sentence names the claim's whole frame: its measured thing and its act when it has both; a measured
    /// thing alone in its own word; an act alone with much of the claim's clause around it ("the proposed acquisition of
    /// the steelmaker" for "agreed to acquire the steelmaker for $2 billion"). One shared word ("the package", "said")
    /// is a story's, not a quantity's.
    /// </summary>
    public static bool Named(PreparedClaim c, ReadOnlySpan<double> x)
    {
        bool measureNamed = x[1] == 1, actNamed = x[2] == 1, ownWord = x[8] == 1;
        double coverage = x[5];
        if (!c.Measure.IsEmpty && !c.Predicate.IsEmpty) return measureNamed && actNamed;
        if (!c.Measure.IsEmpty) return ownWord;
        return actNamed && coverage >= MinActCoverage;
    }

    /// <summary>How much of the claim's clause (weighted) a sentence naming only its act must hold.</summary>
    private const double MinActCoverage = 0.3;

    /// <summary>
    /// What the sentence shares with the claim, in <see cref="FeatureNames"/> order; null when it can be no mention
    /// (it carries a figure of the claim's kind, or names neither its measured thing nor its act). Whether it names
    /// the whole frame is <see cref="Named"/>'s to say: training and the explain tool see the rest too.
    /// </summary>
    public double[]? Features(int claim, int sentence)
    {
        var x = new double[FeatureCount];
        return Weigh(claim, sentence, x, onlyNamed: false) ? x : null;
    }

    private const int FeatureCount = 12;

    /// <summary>
    /// Writes <see cref="Features"/> into <paramref name="x"/>; false when there are none, or, with
    /// <paramref name="onlyNamed"/>, when the sentence does not name the claim's frame (<see cref="Named"/>) — told
    /// from the first features, before the dearer ones (how alike the sentences are, how common the anchor) are weighed.
    /// </summary>
    private bool Weigh(int claim, int sentence, Span<double> x, bool onlyNamed)
    {
        var c = index.Claims[claim];
        var s = index.Sentences[sentence];
        if (Array.IndexOf(s.ClaimGroups, c.Group) >= 0) return false;
        bool measure = Holds(s, c.Measure) || c.Frame.Measure.Length > 0 && Contains(s.Lemmas, c.Frame.Measure);
        bool act = Holds(s, c.Predicate);
        if (!measure && !act) return false;
        bool holder = c.Frame.HolderHead.Length > 0 && (Holds(s, c.Holder) || Contains(s.Lemmas, c.Frame.HolderHead));
        double coverage = c.ContextWords.CoveredBy(s.Weighted);
        bool ownWord = c.Frame.Measure.Length > 0 && Contains(s.Lemmas, c.Frame.Measure);
        x[0] = 1;
        x[1] = measure ? 1 : 0;
        x[2] = act ? 1 : 0;
        x[3] = measure && act ? 1 : 0;
        x[4] = c.Predicate.IsEmpty ? 1 : 0;
        x[5] = coverage;
        x[6] = holder ? 1 : 0;
        x[7] = s.ClaimGroups.Length > 0 ? 1 : 0;
        x[8] = ownWord ? 1 : 0;
        if (onlyNamed && !Named(c, x)) return false;
        int own = index.ClaimSentence[claim];
        x[9] = own < 0 ? 0 : WeightedWords.Dice(index.Sentences[own].Weighted, s.Weighted);
        x[10] = AnchorSpread(c, sentence);
        x[11] = c.Measure.IsEmpty ? 1 : 0;
        return true;
    }

    /// <summary>
    /// How common, in the sentence's article, the rarest word the sentence shares with the claim's frame is: how many
    /// of that article's sentences hold it. A story's own subject ("the package", "taxes") is in sentence after
    /// sentence and says little; a word that article uses once, where the claim's frame uses it, says more. Read
    /// within the one article, so an edit elsewhere changes nothing here.
    /// </summary>
    private double AnchorSpread(PreparedClaim c, int sentence)
    {
        int article = index.SentenceArticle[sentence];
        int first = index.FirstSentence[article], end = index.FirstSentence[article + 1];
        int least = int.MaxValue;
        foreach (var k in c.Anchors)
        {
            if (Array.BinarySearch(index.Sentences[sentence].Keys, k) < 0) continue;
            var ids = index.SentencesWith(k);
            least = Math.Min(least, LowerBound(ids, end) - LowerBound(ids, first));
        }
        return least == int.MaxValue ? 0 : least;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int i = Array.BinarySearch(sorted, value);
        return i >= 0 ? i : ~i;
    }

    private static bool Contains(string[] sorted, string word) => Array.BinarySearch(sorted, word, StringComparer.Ordinal) >= 0;

    /// <summary>Whether one of the sentence's words is, or shares a root with, the word profiled (a synonym shares one too).</summary>
    public static bool Holds(PreparedSentence s, LexicalProfile word) => !word.IsEmpty && LexicalProfile.Intersects(s.Keys, word.Roots);
}
