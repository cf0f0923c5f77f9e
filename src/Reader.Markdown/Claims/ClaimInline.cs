using Markdig.Syntax.Inlines;
using Reader.Claims.Model;

namespace Reader.Markdown.Claims;

/// <summary>The exact words of a numeric claim, wrapped so they can carry a note reference.</summary>
public sealed class ClaimInline : ContainerInline
{
    public required Claim Claim { get; init; }
    /// <summary>1-based position among the article's claims: the note's number unless editors ruled an earlier figure out.</summary>
    public required int Number { get; init; }
    /// <summary>The claim's page anchor, from its words and sentence (<see cref="ContentAnchors"/>): "c-12500-k7q2a".</summary>
    public required string Anchor { get; init; }
    /// <summary>Edition-wide id: "{articleId}#{Anchor}".</summary>
    public required string ClaimId { get; init; }

    /// <summary>The note reference's anchor, "r-…": the claim anchor's words, so it is as stable.</summary>
    public string ReferenceAnchor => "r" + Anchor[1..];
    /// <summary>The note's anchor, "n-…".</summary>
    public string NoteAnchor => "n" + Anchor[1..];
}
