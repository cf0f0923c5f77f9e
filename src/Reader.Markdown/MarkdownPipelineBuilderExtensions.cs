using Markdig;

namespace Reader.Markdown;

public static class MarkdownPipelineBuilderExtensions
{
    /// <summary>Source markers as links into the sources register, and numeric claims with comparison notes.</summary>
    public static MarkdownPipelineBuilder UseReaderAnnotations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ReaderAnnotationsExtension>();
        return pipeline;
    }
}
