using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Benchmarks.Corpus;

/// <summary>
/// Writes a deterministic edition of generated Markdown articles for benchmarks: each article is
/// 500–900 words of sentences recombined from the seed articles (read at run time, so no seed words
/// live in code), with numbers perturbed by a small set of factors — so the same figure recurs in
/// some articles (claims agree) and moves in others (claims differ) — and source markers drawn from
/// a shared pool. Front matter carries title, date and source, which both Reader and Hugo read.
/// Same (count, seed, seeds folder) → byte-identical files.
/// </summary>
public static partial class CorpusGenerator
{
    // Few distinct factors, so perturbed figures collide across articles instead of all being unique.
    private static readonly double[] Factors = [0.8, 0.9, 0.95, 1.05, 1.1, 1.2, 1.5];

    private static readonly string[] Outlets =
        ["Harbour Courier", "Evening Ledger", "Northern Wire", "Capital Review", "Coastal Post", "Daily Meridian", "Plains Observer", "Metro Dispatch"];

    public static void Write(string directory, int count, int seed, string seedsDirectory)
    {
        var sentences = SeedSentences(seedsDirectory);
        if (sentences.Count == 0) throw new InvalidOperationException($"no seed sentences found in {seedsDirectory}");
        var pool = SourcePool(Math.Clamp(count / 10, 16, 2000), seed);
        Directory.CreateDirectory(directory);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(directory, FileName(i)), Article(i, seed, sentences, pool), new UTF8Encoding(false));
    }

    /// <summary>"article-00042.md": zero-padded so ordinal order is generation order.</summary>
    public static string FileName(int index) => $"article-{index:D5}.md";

    /// <summary>One article's text; exposed so a benchmark can rewrite a single file (edit latency).</summary>
    public static string Article(int index, int seed, IReadOnlyList<string> sentences, IReadOnlyList<string> pool)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        int target = random.Next(500, 901);
        var body = new StringBuilder();
        int words = 0, inParagraph = 0, paragraphLength = random.Next(3, 6);
        string? first = null;
        while (words < target)
        {
            var sentence = Perturb(sentences[random.Next(sentences.Count)], random);
            sentence = SourceMarker().Replace(sentence, _ => "[" + pool[random.Next(pool.Count)] + "]");
            if (!SourceMarker().IsMatch(sentence) && random.NextDouble() < 0.3)
                sentence = sentence.TrimEnd('.') + " [" + pool[random.Next(pool.Count)] + "].";
            first ??= sentence;
            body.Append(inParagraph == 0 ? "" : " ").Append(sentence);
            words += CountWords(sentence);
            if (++inParagraph == paragraphLength)
            {
                body.Append("\n\n");
                inParagraph = 0;
                paragraphLength = random.Next(3, 6);
            }
        }
        var date = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
        var title = $"Report {index + 1}: {TitleWords(first!)}";
        return "---\n" +
               $"title: \"{title.Replace("\\", "").Replace("\"", "'")}\"\n" +
               $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n" +
               $"source: \"{Outlets[random.Next(Outlets.Length)]}\"\n" +
               "---\n\n" + body.ToString().TrimEnd() + "\n";
    }

    /// <summary>Body sentences of every seed article: paragraphs of 25+ words (skips datelines and headlines).</summary>
    public static IReadOnlyList<string> SeedSentences(string seedsDirectory)
    {
        var result = new List<string>();
        foreach (var path in Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal))
        foreach (var paragraph in File.ReadAllText(path).Split('\n'))
        {
            var text = paragraph.Trim();
            if (CountWords(text) < 25) continue;
            foreach (var sentence in SentenceBreak().Split(text))
                if (CountWords(sentence) >= 6) result.Add(sentence.Trim());
        }
        return result;
    }

    /// <summary>Eight-hex-digit source ids, the same for the same (size, seed).</summary>
    public static IReadOnlyList<string> SourcePool(int size, int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        return Enumerable.Range(0, size).Select(_ => random.Next().ToString("x8", CultureInfo.InvariantCulture)).Distinct().ToList();
    }

    /// <summary>Half the sentences keep their figures; the rest scale each figure by one of a few factors.</summary>
    private static string Perturb(string sentence, Random random)
    {
        if (random.NextDouble() < 0.5) return sentence;
        double factor = Factors[random.Next(Factors.Length)];
        return Figure().Replace(sentence, m =>
        {
            var digits = m.Value.Replace(",", "");
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return m.Value;
            bool yearLike = !m.Value.Contains(',') && !m.Value.Contains('.') && value is >= 1900 and <= 2100;
            if (value < 32 || yearLike) return m.Value; // days of the month and years stay, so dates still read as dates
            var scaled = value * factor;
            return m.Value.Contains('.')
                ? scaled.ToString("0.0", CultureInfo.InvariantCulture)
                : Math.Round(scaled).ToString(m.Value.Contains(',') ? "#,0" : "0", CultureInfo.InvariantCulture);
        });
    }

    private static string TitleWords(string sentence)
    {
        var words = SourceMarker().Replace(sentence, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8);
        return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
    }

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\[[0-9a-f]{8}\]")]
    private static partial Regex SourceMarker();

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex Figure();
}
