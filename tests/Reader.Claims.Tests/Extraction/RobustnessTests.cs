using System.Diagnostics;
using System.Text;
using Reader.Claims.Extraction;
using Reader.Claims.Text;

namespace Reader.Claims.Tests.Extraction;

/// <summary>Hostile input: no exception, claims never touch U+FFFC, and time grows linearly with length.</summary>
public class RobustnessTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static readonly string[] Fragments =
    [
        "about 5,000 ", "$14.9 billion ", "[cb58fcc8] ", "[a1b2, c3d4", "]]]", "[[[", "((", "\"", "“", "’s ", "U.S. ",
        "Feb. 7, 2025 ", "mid-", "late ", "-", "–", "%", "per cent ", "￼", "\uD800", "\uDC00", "日本 ", "١٢٣ ", "Ж ", "🙂",
        "https://x.io/1 ", "24/7 ", "F-35 ", "two ", "the two nations ", "first ", "between 10 and ", "up to ", "1.2.3.4 ",
        "9,999,999,999,999,999,999 ", ". ", "! ", "? ", "\n", "\n\n", "   ", "0", "00000", ",000", ".5", "bn ", "m ", "$", "US$",
    ];

    [Fact]
    public void Random_and_mutated_text_never_throws()
    {
        var rng = new Random(20250207);
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(File.ReadAllText).ToArray();
        for (int round = 0; round < 400; round++)
        {
            string text = round % 2 == 0 ? RandomText(rng, rng.Next(1, 400)) : Mutate(rng, seeds[rng.Next(seeds.Length)]);
            var claims = Extractor.Extract(text, round % 3 == 0 ? null : new DateOnly(2025, 1, 31));
            var sentences = SentenceSplitter.Split(text);
            foreach (var c in claims)
            {
                Assert.InRange(c.Start, 0, text.Length);
                Assert.InRange(c.End, c.Start + 1, text.Length);
                Assert.DoesNotContain('\uFFFC', c.Text);
                Assert.InRange(c.SentenceIndex, 0, Math.Max(0, sentences.Count - 1));
            }
        }
    }

    [Fact]
    public void Enormous_digit_runs_are_skipped_not_overflowed()
    {
        var digits = new string('9', 10_000);
        Assert.Empty(Extractor.Extract(digits));
        Assert.Empty(Extractor.Extract("$" + digits + " billion"));
        Assert.Empty(Extractor.Extract(digits + "." + digits + "%"));
        Assert.Empty(Extractor.Extract(string.Join(",", Enumerable.Repeat("999", 2_000))));
        Assert.Single(Extractor.Extract("999,999,999,999,999 trillion dollars"));
        Assert.Empty(Extractor.Extract(new string('[', 5000) + new string('a', 5000)));
    }

    [Fact]
    public void Time_grows_linearly_with_length()
    {
        var rng = new Random(7);
        var unit = RandomText(rng, 2000);
        string Build(int size)
        {
            var sb = new StringBuilder(size + unit.Length);
            while (sb.Length < size) sb.Append(unit);
            return sb.ToString(0, size).Replace('\n', ' '); // one enormous line
        }
        var small = Build(100_000);
        var large = Build(1_000_000);
        Extractor.Extract(small); // warm up
        double tSmall = Measure(() => Extractor.Extract(small, new DateOnly(2025, 1, 31)));
        double tLarge = Measure(() => Extractor.Extract(large, new DateOnly(2025, 1, 31)));
        // Linear is 10×, quadratic 100×; 30× leaves room for a busy machine (test projects run in parallel).
        Assert.True(tLarge / tSmall < 30, $"100 KB: {tSmall:0.0} ms, 1 MB: {tLarge:0.0} ms, ratio {tLarge / tSmall:0.0}");
        double split = Measure(() => SentenceSplitter.Split(large));
        Assert.True(split >= 0);
    }

    [Fact]
    public void Is_safe_across_threads()
    {
        var text = SeedArticles.Text("001");
        var expected = Extractor.Extract(text, new DateOnly(2025, 2, 5)).Select(c => c.Normalised).ToArray();
        Parallel.For(0, 64, _ =>
            Assert.Equal(expected, Extractor.Extract(text, new DateOnly(2025, 2, 5)).Select(c => c.Normalised).ToArray()));
    }

    private static double Measure(Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return Math.Max(best, 0.01);
    }

    private static string RandomText(Random rng, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            if (rng.Next(4) == 0) sb.Append((char)rng.Next(0, 0xFFFF));
            else if (rng.Next(50) == 0) sb.Append('7', rng.Next(1, 3000));
            else sb.Append(Fragments[rng.Next(Fragments.Length)]);
        }
        return sb.ToString();
    }

    private static string Mutate(Random rng, string text)
    {
        var chars = new StringBuilder(text);
        int edits = rng.Next(1, 60);
        for (int i = 0; i < edits && chars.Length > 0; i++)
        {
            int at = rng.Next(chars.Length);
            switch (rng.Next(4))
            {
                case 0: chars.Remove(at, Math.Min(rng.Next(1, 20), chars.Length - at)); break;
                case 1: chars.Insert(at, Fragments[rng.Next(Fragments.Length)]); break;
                case 2: chars[at] = (char)rng.Next(0, 0xFFFF); break;
                default: chars.Insert(at, new string('1', rng.Next(1, 2000))); break;
            }
        }
        return chars.ToString();
    }
}
