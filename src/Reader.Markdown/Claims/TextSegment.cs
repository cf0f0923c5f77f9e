using Markdig.Syntax.Inlines;

namespace Reader.Markdown.Claims;

/// <summary>The inline that produced [Start, Start + Length) of a paragraph's flattened text (<see cref="ParagraphText"/>).</summary>
public sealed record TextSegment(int Start, int Length, Inline Node, bool IsLiteral)
{
    public int End => Start + Length;
}
