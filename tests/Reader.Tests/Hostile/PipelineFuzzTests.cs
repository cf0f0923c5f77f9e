using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Hostile;

/// <summary>
/// Mutated and random text through the whole pipeline: every build succeeds (bad text is text), every page
/// parses as HTML, and a ten times longer article takes about ten times as long, not a hundred.
/// </summary>
public sealed class PipelineFuzzTests
{
    private static string SeedText(string prefix) =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());

    private static BuildResult RenderFolder(string input) =>
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = Path.Combine(input, "..", "unused-output"),
            ThemeDirectory = RepoPaths.Theme,
        }).Render();

    /// <summary>Seed text with random cuts, duplications and hostile insertions.</summary>
    private static string Mutate(Random rng, string text)
    {
        string[] inserts =
        [
            "[", "]", "[abcdef", "[abcdef12", "[abcdef12, ", "](", "`", "**", "<script>", "&#", "\\", "$", "%", "—",
            new string('9', rng.Next(50, 3000)), "１２３", "٣٤٥", "一千", "ℵ", "\u200B", "\uFFFC", "\uD83D\uDE00",
            "$1.", "1,,000", "1..5", "--", "Feb.", "mid-", "approximately", "[^1]", "http://x.org/[abcdef12]",
        ];
        var sb = new StringBuilder(text);
        for (int i = 0; i < 40; i++)
        {
            int at = rng.Next(sb.Length + 1);
            switch (rng.Next(3))
            {
                case 0: sb.Insert(at, inserts[rng.Next(inserts.Length)]); break;
                case 1: if (sb.Length > 10) sb.Remove(at % (sb.Length - 5), rng.Next(1, 5)); break;
                default: sb.Insert(at, sb.ToString(rng.Next(Math.Max(1, sb.Length - 40)), Math.Min(40, sb.Length))); break;
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void Mutated_and_random_articles_build_and_every_page_parses()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        var rng = new Random(20250207);
        var seeds = new[] { "000", "001", "003", "004" }.Select(SeedText).ToArray();
        for (int i = 0; i < 24; i++)
            File.WriteAllText(Path.Combine(input, $"m{i:00}.txt"), Mutate(rng, seeds[i % seeds.Length]));
        var random = new StringBuilder();
        for (int i = 0; i < 20_000; i++) random.Append((char)rng.Next(0x20, 0x3000));
        File.WriteAllText(Path.Combine(input, "random.txt"), random.ToString().Replace('\r', ' '));
        File.WriteAllText(Path.Combine(input, "markdown.md"), "---\ntitle: T\n---\n" + Mutate(rng, "# H\n\n" + seeds[1]));

        var result = RenderFolder(input);

        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(26, result.Edition!.Articles.Count);
        var parser = new HtmlParser();
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = parser.ParseDocument(Encoding.UTF8.GetString(page.Content));
            Assert.Empty(doc.QuerySelectorAll("article script, article img, article iframe"));
            Assert.Single(doc.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void A_ten_times_longer_article_takes_about_ten_times_as_long()
    {
        var unit = SeedText("001").Replace('\n', ' ') + " [abcdef12] " + new string('7', 500) + " [ ";
        double Time(int length)
        {
            using var temp = new TempFolder();
            var input = Path.Combine(temp.Path, "in");
            Directory.CreateDirectory(input);
            var text = new StringBuilder();
            while (text.Length < length) text.Append(unit);
            File.WriteAllText(Path.Combine(input, "long.txt"), text.ToString(0, length)); // one enormous line
            double best = double.MaxValue;
            for (int run = 0; run < 2; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = RenderFolder(input);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                Assert.True(result.Succeeded, Builds.Errors(result));
            }
            return best;
        }
        Time(20_000); // warm up
        double small = Time(100_000), large = Time(1_000_000);
        // Linear is 10×, quadratic 100×; 30× leaves room for a busy machine and fixed costs.
        Assert.True(large / small < 30, $"100 KB: {small:0} ms, 1 MB: {large:0} ms, ratio {large / small:0.0}");
    }
}
