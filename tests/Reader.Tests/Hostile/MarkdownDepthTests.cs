using Reader.Tests.Support;

namespace Reader.Tests.Hostile;

/// <summary>Markdown nested beyond what Markdig will read is an input error naming the file, never a crash.</summary>
public sealed class MarkdownDepthTests
{
    [Fact]
    public void Markdown_nested_too_deeply_is_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        var input = temp.Sub("in");
        File.WriteAllText(Path.Combine(input, "fine.md"), "---\ntitle: Fine\n---\nA short text.\n");
        File.WriteAllText(Path.Combine(input, "deep.md"), "---\ntitle: Deep\n---\n" + string.Concat(Enumerable.Repeat("word [ ", 200_000)));

        var result = Builds.Run(input, Path.Combine(temp.Path, "out"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Reader.Pipeline.Severity.Error);
        Assert.EndsWith("deep.md", error.File);
        Assert.Contains("nested too deeply", error.Message);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }
}
