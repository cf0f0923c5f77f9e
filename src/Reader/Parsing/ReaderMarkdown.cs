using Markdig;
using Reader.Markdown;

namespace Reader.Parsing;

/// <summary>The one Markdig pipeline of the build: built once, shared by every thread (Markdig pipelines are thread-safe).</summary>
public static class ReaderMarkdown
{
    /// <summary>
    /// Raw HTML is off: article text containing "&lt;script&gt;" or "onerror=" is text, escaped on output.
    /// Footnotes stay available to Markdown authors. Precise source locations give every inline its line, so a
    /// warning about a link or a citation names the line it is on, not its paragraph's first.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseFootnotes()
        .UseReaderAnnotations()
        .DisableHtml()
        .Build();
}
