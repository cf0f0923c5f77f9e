using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Reader.Markdown.Claims;
using Reader.Markdown.Normalisation;
using Reader.Markdown.SourceMarkers;

namespace Reader.Markdown;

/// <summary>
/// Reader's Markdig extension. Parsing: source markers become <see cref="SourceMarkerInline"/> nodes,
/// then each document is normalised (headings moved below the page's h1 when the text uses h1, markers in
/// link text turned back to text, neighbouring literals joined). Annotating claims needs the article's id and date, so it is a separate, explicit step:
/// <see cref="ClaimAnnotator.Annotate"/>. Rendering: markers, claims, sentence anchors and notes.
/// </summary>
public sealed class ReaderAnnotationsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<SourceMarkerParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new SourceMarkerParser());
        pipeline.DocumentProcessed -= Normalise;
        pipeline.DocumentProcessed += Normalise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<SourceMarkerRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ClaimInlineRenderer>();
        html.ObjectRenderers.AddIfNotAlready<SentenceAnchorRenderer>();
        html.ObjectRenderers.AddIfNotAlready<AnnotatedParagraphRenderer>();
    }

    private static void Normalise(MarkdownDocument document)
    {
        HeadingDemoter.Demote(document);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            MarkersInLinksUnwrapper.Unwrap(block.Inline);
            LiteralMerger.Merge(block.Inline);
        }
    }
}
