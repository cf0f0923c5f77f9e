using Markdig.Syntax.Inlines;
using Reader.Claims.Model;

namespace Reader.Markdown.Claims;

/// <summary>The exact words of a numeric claim, wrapped so they can carry a note reference.</summary>
public sealed class ClaimInline : ContainerInline
{
    public required Claim Claim { get; init; }
    /// <summary>1-based note number within the article.</summary>
    public required int Number { get; init; }
    /// <summary>Edition-wide id: "{articleId}-c{Number}".</summary>
    public required string ClaimId { get; init; }

    public string Anchor => "c" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string ReferenceAnchor => "r" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string NoteAnchor => "n" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
