namespace Reader.Claims.Comparison;

/// <summary>How many of one article's sentences hold each lemma: what weighs a word within that article (<see cref="WeightedWords"/>).</summary>
internal sealed class PreparedArticleWords(int sentences, Dictionary<string, int> frequency)
{
    public double Weight(string word) => Math.Log(1 + Math.Max(1, sentences) / (double)Math.Max(1, frequency.GetValueOrDefault(word)));
}
