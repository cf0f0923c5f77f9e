using Markdig.Syntax.Inlines;

namespace Reader.Markdown.Claims;

/// <summary>An empty anchor at the start of a sentence ("s3-2"), so notes can link to the exact sentence.</summary>
public sealed class SentenceAnchorInline(string sentenceId) : LeafInline
{
    public string SentenceId { get; } = sentenceId;
}
