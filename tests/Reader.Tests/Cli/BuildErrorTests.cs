using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// What an editor or theme author sees when a build fails: one line per error, naming the file (and the line
/// where there is one), then the summary; exit code 1; no stack trace; the output folder left alone.
/// </summary>
public sealed class BuildErrorTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Input()
    {
        var input = temp.Sub("in");
        FolderSnapshot.Copy(RepoPaths.Seeds, input);
        return input;
    }

    private static string SingleErrorLine(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("build failed: 1 errors", lines[^1]);
        return Assert.Single(lines, l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ if content }}", "Error while parsing if statement")] // found when the theme is compiled
    [InlineData("{{ name_no_view_model_has }}", "name_no_view_model_has")] // found while article pages render in parallel
    public void A_broken_template_is_one_line_naming_the_template_and_line(string brokenLine, string said)
    {
        var input = Input();
        var output = Path.Combine(temp.Path, "out");
        var theme = temp.Sub("theme");
        FolderSnapshot.Copy(RepoPaths.Theme, theme);
        var layout = Path.Combine(theme, "layouts", "article.sbn-html");
        var lines = File.ReadAllText(layout).Split('\n').ToList();
        lines.Insert(2, brokenLine);
        File.WriteAllText(layout, string.Join('\n', lines));

        var (code, _, stderr) = ReaderProcess.RunWithDefaultTheme(temp.Path, "build", "--input", input, "--output", output, "--theme", theme);

        Assert.Equal(1, code);
        var error = SingleErrorLine(stderr);
        Assert.StartsWith("theme/layouts/article.sbn-html:3: error: ", error);
        Assert.Contains(said, error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_article_that_cannot_be_read_is_one_line_naming_it()
    {
        // A file over the size limit: listed with the articles, refused when read.
        var input = Input();
        var output = Path.Combine(temp.Path, "out");
        File.WriteAllText(Path.Combine(input, "zz-long.txt"), new string('x', 9000));

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "--input", input, "--output", output, "--max-file-size", "8KB");

        Assert.Equal(1, code);
        var error = SingleErrorLine(stderr);
        Assert.StartsWith("in/zz-long.txt: error: ", error);
        Assert.Contains("--max-file-size", error);
        Assert.False(Directory.Exists(output));
    }
}
