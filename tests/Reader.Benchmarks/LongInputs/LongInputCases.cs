using System.Globalization;
using System.Text;
using Reader.Benchmarks.Corpus;

namespace Reader.Benchmarks.LongInputs;

/// <summary>
/// The single long inputs issue 15 names, made from the seed articles' sentences (read at run time) so their words
/// and figures are real prose: a 2 MB article on one line (as prose, and with a figure every few words), a 200 KB
/// sentence without a full stop, 2,000 nested list levels, and 2 MB of source markers. Deterministic.
/// </summary>
internal static class LongInputCases
{
    public static IReadOnlyList<LongInputCase> All(string seeds)
    {
        var sentences = CorpusGenerator.SeedSentences(seeds);
        return
        [
            new("2 MB one-line article, prose", "long-prose.txt", OneLine(sentences, 2_000_000, figureEvery: 0)),
            new("2 MB one-line article, a figure every 8 words", "long-figures.txt", OneLine(sentences, 2_000_000, figureEvery: 8)),
            new("200 KB sentence without full stops", "long-sentence.txt", WithoutStops(OneLine(sentences, 200_000, figureEvery: 6))),
            new("2 MB of source markers", "long-markers.txt", Markers(2_000_000)),
            new("2,000 nested list levels", "deep-list.md", NestedList(2_000)),
        ];
    }

    /// <summary>Seed sentences one after another on a single line, with a made-up figure every few words when asked.</summary>
    private static string OneLine(IReadOnlyList<string> sentences, int length, int figureEvery)
    {
        var random = new Random(15);
        var text = new StringBuilder(length + 1000);
        int words = 0;
        while (text.Length < length)
        {
            foreach (var word in sentences[random.Next(sentences.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(word).Append(' ');
                if (figureEvery > 0 && ++words % figureEvery == 0)
                    text.Append(random.Next(4) switch
                    {
                        0 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(2, 90_000):#,0} people "),
                        1 => string.Create(CultureInfo.InvariantCulture, $"${random.Next(1, 90)}.{random.Next(10)} billion "),
                        2 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 99)}% "),
                        _ => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1900, 2100)} "),
                    });
            }
        }
        return text.ToString(0, length) + "\n";
    }

    private static string WithoutStops(string text) => text.Replace(". ", " ").Replace("? ", " ").Replace("! ", " ").Replace(".\n", "\n");

    private static string Markers(int length)
    {
        var random = new Random(16);
        var text = new StringBuilder(length + 100);
        while (text.Length < length)
            text.Append("Wardens said ").Append(random.Next(2, 500)).Append(" more [").Append(random.Next().ToString("x8", CultureInfo.InvariantCulture)).Append("] ");
        return text.ToString(0, length).TrimEnd('[', ' ') + "\n";
    }

    private static string NestedList(int depth)
    {
        var text = new StringBuilder("---\ntitle: Nested\n---\n");
        for (int i = 0; i < depth; i++) text.Append(' ', 2 * i).Append("- item ").Append(i).Append('\n');
        return text.ToString();
    }
}
