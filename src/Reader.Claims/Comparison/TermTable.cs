namespace Reader.Claims.Comparison;

/// <summary>
/// Interns terms to dense ids (in input order, so ids and everything sorted by them are deterministic)
/// and weighs them by inverse article frequency: a word every article uses says little about which
/// figure a sentence is about.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> articleFrequency = [];
    private readonly List<int> lastArticle = [];
    private double[] weights = [];

    public int Count => ids.Count;

    public int Intern(string term, int article)
    {
        if (!ids.TryGetValue(term, out int id))
        {
            id = ids.Count;
            ids.Add(term, id);
            articleFrequency.Add(0);
            lastArticle.Add(-1);
        }
        // Articles are interned one after another, so "last article seen" is enough to count each once.
        if (lastArticle[id] != article)
        {
            lastArticle[id] = article;
            articleFrequency[id]++;
        }
        return id;
    }

    public int Find(string term) => ids.TryGetValue(term, out int id) ? id : -1;

    public int Frequency(int id) => articleFrequency[id];

    public double Weight(int id) => weights[id];

    /// <summary>idf = ln(1 + N / df): gentle enough that a three-article edition still weighs shared words.</summary>
    public void Freeze(int articles)
    {
        weights = new double[ids.Count];
        for (int i = 0; i < weights.Length; i++)
            weights[i] = Math.Log(1 + (double)articles / Math.Max(1, articleFrequency[i]));
    }

    public int[] InternAll(IEnumerable<string> terms, int article)
    {
        var result = new SortedSet<int>();
        foreach (var t in terms) result.Add(Intern(t, article));
        return [.. result];
    }

    public double TotalWeight(int[] terms)
    {
        double sum = 0;
        foreach (var t in terms) sum += weights[t];
        return sum;
    }
}
