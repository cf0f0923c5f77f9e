using System.Text;
using System.Text.Json;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// One long input cannot make the output, or the work, grow faster than the input: a long sentence dense with
/// figures is written once in claims.json, an article's figures are annotated up to a limit, and deep nesting is
/// refused with the line at fault. (How fast is measured by the long-inputs benchmark, not here.)
/// </summary>
public sealed class LongInputCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Output => Path.Combine(temp.Path, "out");

    /// <summary>Made-up prose without a full stop, a figure every few words.</summary>
    private static string FigureRun(int length)
    {
        var text = new StringBuilder(length + 100);
        for (int i = 0; text.Length < length; i++)
            text.Append("the inspectors counted ").Append(100 + i * 7).Append(" crates and ").Append(3 + i % 90).Append("% of the pallets, ");
        return text.ToString(0, length);
    }

    [Fact]
    public void A_200_kb_sentence_dense_with_figures_gives_a_claims_json_of_its_own_order_of_size()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Depot audit\n\n" + FigureRun(200_000) + "\n");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.True(code == 0, stderr);
        var json = new FileInfo(Path.Combine(Output, "claims.json"));
        // It was 1.2 GB: the sentence once per claim. Now each sentence is written once, and sentences are windows.
        Assert.True(json.Length < 2_000_000, $"claims.json is {json.Length:N0} bytes");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json.FullName));
        var sentences = doc.RootElement.GetProperty("articles")[0].GetProperty("sentences").EnumerateArray().ToList();
        Assert.All(sentences, s => Assert.InRange(s.GetProperty("text").GetString()!.Length, 1, 2_000));
        Assert.Equal(sentences.Count, sentences.Select(s => s.GetProperty("anchor").GetString()).Distinct().Count());
        Assert.Equal(1_000, doc.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/a.txt:3: warning: more than 1,000 figures", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2_mb_one_line_article_builds_with_its_figures_annotated_up_to_the_limit()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", FigureRun(2_000_000).Replace(", ", ". The ") + "\n");
        temp.Write("in/b.txt", "The inspectors counted 107 crates on Monday.");

        var (code, stdout, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("1001 claims", stdout);
        Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/a.txt:1: warning: more than 1,000 figures", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("list", "- ")]
    [InlineData("indented list", "  ")]
    [InlineData("block quote", "> ")]
    public void Two_thousand_nested_levels_are_an_error_naming_the_line(string _, string level)
    {
        var input = temp.Sub("in");
        var text = new StringBuilder("---\ntitle: Deep\n---\nA first paragraph.\n\n");
        for (int i = 0; i < 2_000; i++)
        {
            if (level == "  ") text.Append(' ', 2 * i).Append("- level ").Append(i).Append('\n');
            else text.Append(level);
        }
        text.Append("bottom\n");
        temp.Write("in/deep.md", text.ToString());

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.Equal(1, code);
        var error = CliOutput.SingleErrorLine(stderr);
        Assert.Matches(@"^in/deep\.md:(6|38): error: lists or block quotes nested \d+ levels deep: Reader reads at most 32$", error);
    }
}
