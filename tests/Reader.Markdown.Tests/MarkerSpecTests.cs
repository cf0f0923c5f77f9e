using Markdig;
using Reader.Claims.Extraction;
using Reader.Markdown.Claims;

namespace Reader.Markdown.Tests;

/// <summary>Runs every example of Specs/*.spec.md through the extension, the way Markdig's own spec tests do.</summary>
public sealed class MarkerSpecTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes().UseReaderAnnotations().DisableHtml().Build();

    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (var file in Directory.EnumerateFiles(folder, "*.spec.md").Order(StringComparer.Ordinal))
            foreach (var example in SpecFile.Read(file)) data.Add(example);
        return data;
    }

    [Fact]
    public void The_spec_files_hold_examples() => Assert.True(Examples().Count >= 15);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(SpecExample example)
    {
        var html = Render(example);
        foreach (var fragment in example.Expected)
            Assert.True(html.Contains(fragment, StringComparison.Ordinal), $"{example}\nexpected: {fragment}\nactual:\n{html}");
        foreach (var fragment in example.Forbidden)
            Assert.False(html.Contains(fragment, StringComparison.Ordinal), $"{example}\nmust not contain: {fragment}\nactual:\n{html}");
    }

    public static string Render(SpecExample example)
    {
        var document = Markdig.Markdown.Parse(example.Markdown, Pipeline);
        if (example.Annotate) new ClaimAnnotator(new ClaimExtractor()).Annotate(document, "a", null);
        return document.ToHtml(Pipeline);
    }
}
