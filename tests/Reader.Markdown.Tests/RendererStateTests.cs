using Markdig;
using Reader.Claims.Extraction;
using Reader.Markdown.Claims;
using Reader.Markdown.Rendering;

namespace Reader.Markdown.Tests;

/// <summary>
/// Render state lives on the renderer, as Markdig's BaseUrl does: one parsed document renders for any
/// number of editions at once, and keeps nothing of any of them.
/// </summary>
public sealed class RendererStateTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes().UseReaderAnnotations().DisableHtml().Build();

    private sealed class NumberedSources(int number) : IAnnotationResolver
    {
        public SourceReference ResolveSource(string sourceId) => new($"/edition-{number}/#src-{sourceId}", number, $"Source of edition {number}");

        public ClaimNote ResolveClaim(string claimId) => new([], number, 0, 0, 0, null);
    }

    private static string Render(Markdig.Syntax.MarkdownDocument document, IAnnotationResolver resolver)
    {
        using var writer = new StringWriter();
        var renderer = new AnnotatedHtmlRenderer(writer, resolver);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    [Fact]
    public void One_document_renders_for_several_editions_at_once_and_keeps_none_of_them()
    {
        var document = Markdig.Markdown.Parse("The council approved 3,000 new benches [a1b2c3d4].", Pipeline);
        new ClaimAnnotator(new ClaimExtractor()).Annotate(document, "a", null);

        var pages = new string[64];
        Parallel.For(0, pages.Length, i => pages[i] = Render(document, new NumberedSources(i + 1)));

        for (int i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"href=\"/edition-{i + 1}/#src-a1b2c3d4\"", pages[i]);
            Assert.Contains($"✓ {i + 1} {(i == 0 ? "agrees" : "agree")}", pages[i]);
        }
        // A plain renderer afterwards sees no edition: the document was never given one.
        var plain = document.ToHtml(Pipeline);
        Assert.Contains("href=\"#src-a1b2c3d4\"", plain);
        Assert.DoesNotContain("/edition-", plain);
    }
}
