namespace Reader.Claims.Comparison;

/// <summary>
/// A bag of words with a weight each, as sorted word hashes (<see cref="StableHash"/>) and weights, so that two
/// bags compare by one merge. A word's weight is its rarity in its own article — ln(1 + sentences / sentences
/// holding it) — which depends on that article alone: comparing two articles never reads a third, and an edit
/// to one article changes no other article's weights.
/// </summary>
internal sealed class WeightedWords
{
    public static readonly WeightedWords Empty = new([], [], 0);

    private WeightedWords(long[] hashes, float[] weights, double total)
    {
        Hashes = hashes;
        Weights = weights;
        Total = total;
    }

    public long[] Hashes { get; }
    public float[] Weights { get; }
    public double Total { get; }

    public static WeightedWords Of(IEnumerable<string> words, PreparedArticleWords article)
    {
        var byHash = new SortedDictionary<long, float>();
        foreach (var w in words) byHash[StableHash.Of(w)] = (float)article.Weight(w);
        if (byHash.Count == 0) return Empty;
        return new WeightedWords([.. byHash.Keys], [.. byHash.Values], byHash.Values.Sum(v => (double)v));
    }

    /// <summary>Weighted Dice: the weight both bags hold, over all the weight there is. 0 when either is empty.</summary>
    public static double Dice(WeightedWords a, WeightedWords b)
    {
        if (a.Total == 0 || b.Total == 0) return 0;
        double shared = 0;
        int i = 0, j = 0;
        while (i < a.Hashes.Length && j < b.Hashes.Length)
        {
            long x = a.Hashes[i], y = b.Hashes[j];
            if (x == y) { shared += a.Weights[i] + b.Weights[j]; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return shared / (a.Total + b.Total);
    }

    /// <summary>The share of this bag's weight that <paramref name="other"/> holds.</summary>
    public double CoveredBy(WeightedWords other)
    {
        if (Total == 0) return 0;
        double held = 0;
        int i = 0, j = 0;
        while (i < Hashes.Length && j < other.Hashes.Length)
        {
            long x = Hashes[i], y = other.Hashes[j];
            if (x == y) { held += Weights[i]; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return held / Total;
    }
}
