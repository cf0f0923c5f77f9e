using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Reader.Claims.Text;

/// <summary>
/// English stop words from data: Lucene's default English set (33 words, which keeps "were", "he", "has")
/// joined with the fuller Snowball list that ships inside the same package. Claim matching and the search
/// index both start from this set, so the two agree on what a stop word is.
/// </summary>
public static class EnglishStopWords
{
    /// <summary>The words, lower case, in ordinal order.</summary>
    public static IReadOnlyCollection<string> All { get; } = Load();

    private static SortedSet<string> Load()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in EnglishAnalyzer.DefaultStopSet) words.Add(word.ToString()!);
        using var snowball = IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", Encoding.UTF8);
        foreach (var word in WordlistLoader.GetSnowballWordSet(snowball, LuceneVersion.LUCENE_48)) words.Add(word.ToString()!);
        return words;
    }
}
