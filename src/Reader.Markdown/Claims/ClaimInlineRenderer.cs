using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Reader.Markdown.Claims;

/// <summary>
/// Writes the claim's words in a span and, after them, a real link to the note (so it works without
/// JavaScript) whose accessible name says what it opens: "note 3: comparison for 12,500". A figure the
/// editors ruled is not a claim is written as plain text.
/// </summary>
public sealed class ClaimInlineRenderer : HtmlObjectRenderer<ClaimInline>
{
    protected override void Write(HtmlRenderer renderer, ClaimInline claim)
    {
        var shown = NoteNumber(renderer, claim);
        if (shown is null)
        {
            renderer.WriteChildren(claim);
            return;
        }
        var number = shown.Value.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<span class=\"claim\" id=\"").Write(claim.Anchor).Write("\">");
        renderer.WriteChildren(claim);
        renderer.Write("</span><a class=\"noteref\" role=\"doc-noteref\" id=\"").Write(claim.ReferenceAnchor)
            .Write("\" href=\"#").Write(claim.NoteAnchor).Write("\" aria-label=\"")
            .WriteEscape($"note {number}: comparison for {claim.Claim.Text}")
            .Write("\"><sup>").Write(number).Write("</sup></a>");
    }

    /// <summary>The note's number as the edition has it (null: no note), or the claim's place without an edition.</summary>
    public static int? NoteNumber(HtmlRenderer renderer, ClaimInline claim) =>
        Rendering.AnnotatedHtmlRenderer.ResolverOf(renderer) is { } resolver ? resolver.NoteNumber(claim.ClaimId, claim.Number) : claim.Number;
}
