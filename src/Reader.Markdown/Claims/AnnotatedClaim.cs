using Reader.Claims.Model;

namespace Reader.Markdown.Claims;

/// <param name="Anchor">The claim's words on the page (<see cref="ClaimInline.Anchor"/>).</param>
public sealed record AnnotatedClaim(string ClaimId, int Number, string Anchor, string SentenceId, Claim Claim)
{
    /// <summary>The claim's note on the page (<see cref="ClaimInline.NoteAnchor"/>).</summary>
    public string NoteAnchor { get; init; } = "";
}
