namespace Reader.Claims.Comparison;

/// <summary>
/// Interns terms to dense ids and weighs them by inverse article frequency: a word every article uses says
/// little about which figure a sentence is about.
/// <para>
/// Nothing that reaches the output depends on the ids themselves, so a table updated article by article
/// (<see cref="IncrementalComparer"/>) gives the same results as one built afresh: weights are fixed-point
/// integers (their sums do not depend on the order terms are added in) and terms are scanned in
/// <see cref="ScanOrder"/>, which breaks ties by the term's text. Frequencies are bucketed (eight buckets per
/// doubling) before they weigh or order anything, so one edit rarely moves a common word's weight.
/// </para>
/// </summary>
internal sealed class TermTable
{
    /// <summary>Weights are stored as multiples of 2⁻³²: exact integer sums, ample precision.</summary>
    public const double WeightScale = 4294967296.0;

    private const int BucketsPerDoubling = 8;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly List<int> articleFrequency = [];
    private readonly List<int> lastArticle = [];
    private long[] weights = [];
    /// <summary>Bucketed article frequency per term (<see cref="Bucket"/>), kept beside the weights: scans compare it often.</summary>
    private int[] rarity = [];
    private int articles;

    public int Count => ids.Count;

    public int Intern(string term, int article)
    {
        int id = InternUncounted(term);
        // Articles are interned one after another, so "last article seen" is enough to count each once.
        if (lastArticle[id] != article)
        {
            lastArticle[id] = article;
            articleFrequency[id]++;
        }
        return id;
    }

    public string Text(int id) => texts[id];

    public long Weight(int id) => weights[id];

    /// <summary>The terms rarest first (see <see cref="ScanOrder"/>): the order candidate scans read posting lists in.</summary>
    public int[] InScanOrder(int[] terms)
    {
        var order = (int[])terms.Clone();
        Array.Sort(order, ScanOrder);
        return order;
    }

    /// <summary>Rarest first; equally rare terms by their text, so the order never depends on interning order.</summary>
    public int ScanOrder(int x, int y)
    {
        int c = rarity[x].CompareTo(rarity[y]);
        return c != 0 ? c : string.CompareOrdinal(texts[x], texts[y]);
    }

    /// <summary>Weighs every term for an edition of <paramref name="articleCount"/> articles.</summary>
    public void Freeze(int articleCount)
    {
        articles = articleCount;
        weights = new long[ids.Count];
        rarity = new int[ids.Count];
        for (int i = 0; i < weights.Length; i++) Reweigh(i);
    }

    /// <summary>
    /// Moves one article's terms from <paramref name="before"/> to <paramref name="after"/> (sorted, distinct ids):
    /// their frequencies follow and new terms get weights. Returns the terms whose weight or scan order changed.
    /// </summary>
    public HashSet<int> Replace(int[] before, int[] after)
    {
        var changed = new HashSet<int>();
        foreach (var id in before)
            if (Array.BinarySearch(after, id) < 0) Adjust(id, -1, changed);
        foreach (var id in after)
            if (Array.BinarySearch(before, id) < 0) Adjust(id, +1, changed);
        if (weights.Length < ids.Count)
        {
            int old = weights.Length;
            Array.Resize(ref weights, ids.Count);
            Array.Resize(ref rarity, ids.Count);
            for (int i = old; i < weights.Length; i++) Reweigh(i);
        }
        return changed;
    }

    /// <summary>Interns a term without counting it: an article replaced by <see cref="Replace"/> is counted there.</summary>
    public int InternUncounted(string term)
    {
        if (!ids.TryGetValue(term, out int id))
        {
            id = ids.Count;
            ids.Add(term, id);
            texts.Add(term);
            articleFrequency.Add(0);
            lastArticle.Add(-1);
        }
        return id;
    }

    public int[] InternAll(IEnumerable<string> terms, int article) => Sorted(terms, t => Intern(t, article));

    public int[] InternAllUncounted(IEnumerable<string> terms) => Sorted(terms, InternUncounted);

    public long TotalWeight(int[] terms)
    {
        long sum = 0;
        foreach (var t in terms) sum += weights[t];
        return sum;
    }

    private void Adjust(int id, int delta, HashSet<int> changed)
    {
        int before = Bucket(articleFrequency[id]);
        articleFrequency[id] += delta;
        if (Bucket(articleFrequency[id]) == before) return;
        if (id < weights.Length) Reweigh(id);
        changed.Add(id);
    }

    private void Reweigh(int id)
    {
        rarity[id] = Bucket(articleFrequency[id]);
        weights[id] = WeightOf(rarity[id]);
    }

    private static int Bucket(int frequency) =>
        frequency <= 0 ? -1 : (int)Math.Round(BucketsPerDoubling * Math.Log2(frequency));

    /// <summary>idf = ln(1 + N / df), df taken at its bucket: gentle enough that a three-article edition still weighs shared words.</summary>
    private long WeightOf(int bucket)
    {
        double df = bucket < 0 ? 1 : Math.Pow(2, (double)bucket / BucketsPerDoubling);
        return (long)Math.Round(Math.Log(1 + articles / df) * WeightScale);
    }

    private static int[] Sorted(IEnumerable<string> terms, Func<string, int> intern)
    {
        var result = new SortedSet<int>();
        foreach (var t in terms) result.Add(intern(t));
        return [.. result];
    }
}
