using Markdig.Syntax;

namespace Reader.Markdown.Claims;

/// <summary>
/// A paragraph that holds claims, together with its notes. Rendered as one grid row so that on wide
/// screens each note sits in the margin beside its own paragraph and can never overlap the next one.
/// </summary>
public sealed class AnnotatedParagraphBlock : ContainerBlock
{
    public AnnotatedParagraphBlock() : base(null) { }

    public List<ClaimInline> Notes { get; } = [];
}
