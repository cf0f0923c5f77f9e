using Markdig.Syntax.Inlines;

namespace Reader.Markdown.Claims;

/// <summary>An empty anchor at the start of a sentence ("s-k7q2a"), so notes can link to the exact sentence.</summary>
public sealed class SentenceAnchorInline(string sentenceId) : LeafInline
{
    public string SentenceId { get; } = sentenceId;
}
