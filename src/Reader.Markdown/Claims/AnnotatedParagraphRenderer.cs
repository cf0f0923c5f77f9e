using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Reader.Markdown.Rendering;

namespace Reader.Markdown.Claims;

/// <summary>
/// Writes a paragraph and, after it, one <c>&lt;aside role="doc-footnote"&gt;</c> per claim (the
/// DPUB-ARIA footnote model: no doc-endnotes anywhere). The wrapper is a grid row: text on the left,
/// notes in the margin on wide screens, in flow on narrow ones, numbered notes in print.
/// </summary>
public sealed class AnnotatedParagraphRenderer : HtmlObjectRenderer<AnnotatedParagraphBlock>
{
    private static readonly Dictionary<string, string> Glyphs = new()
    {
        ["agrees"] = "✓",
        ["differs"] = "≠",
        ["mentions"] = "○",
    };

    protected override void Write(HtmlRenderer renderer, AnnotatedParagraphBlock block)
    {
        var resolver = AnnotatedHtmlRenderer.ResolverOf(renderer);
        var notes = block.Notes.Select(c => (Claim: c, Number: ClaimInlineRenderer.NoteNumber(renderer, c))).Where(n => n.Number is not null).ToList();
        renderer.EnsureLine();
        if (notes.Count == 0)
        {
            // Every figure of the paragraph was ruled out by the editors: a plain paragraph.
            renderer.WriteChildren(block);
            return;
        }
        renderer.Write("<div class=\"annotated\">").WriteLine();
        renderer.WriteChildren(block);
        renderer.Write("<div class=\"notes\">").WriteLine();
        foreach (var (claim, number) in notes) WriteNote(renderer, claim, number!.Value, resolver?.ResolveClaim(claim.ClaimId));
        renderer.Write("</div>").WriteLine().Write("</div>").WriteLine();
    }

    private static void WriteNote(HtmlRenderer r, ClaimInline claim, int shown, ClaimNote? note)
    {
        var number = shown.ToString(CultureInfo.InvariantCulture);
        r.Write("<aside class=\"note\" role=\"doc-footnote\" id=\"").Write(claim.NoteAnchor)
            .Write("\" aria-label=\"Note ").Write(number).Write("\" data-claim=\"").WriteEscape(claim.ClaimId).Write("\">");
        r.Write("<p class=\"note-head\"><a class=\"backlink\" role=\"doc-backlink\" href=\"#").Write(claim.ReferenceAnchor)
            .Write("\" aria-label=\"Back to note reference ").Write(number).Write("\">").Write(number).Write("</a> ");
        r.Write("<span class=\"note-figure\">").WriteEscape(claim.Claim.Text).Write("</span>");
        if (!string.IsNullOrEmpty(claim.Claim.Normalised))
            r.Write(" <span class=\"note-norm\">= ").WriteEscape(claim.Claim.Normalised).Write("</span>");
        r.Write(" <span class=\"note-kind\">(").WriteEscape(claim.Claim.Kind.ToString().ToLowerInvariant()).Write(")</span></p>");

        if (note is null || note.AgreeCount + note.DifferCount + note.MentionCount == 0)
        {
            r.Write("<p class=\"note-verdict sole\">○ Only this article gives this figure.</p>");
        }
        else
        {
            r.Write("<p class=\"note-verdict\">").WriteEscape(Verdict(note)).Write("</p><ul class=\"note-list\">");
            foreach (var entry in note.Entries) WriteEntry(r, entry);
            r.Write("</ul>");
            if (note.NotShown > 0)
            {
                r.Write("<p class=\"note-more\">");
                var more = string.Create(CultureInfo.InvariantCulture, $"and {note.NotShown:N0} more");
                if (note.MoreHref is not null) r.Write("<a href=\"").WriteEscapeUrl(note.MoreHref).Write("\">").WriteEscape(more + " in the comparison table").Write("</a>");
                else r.WriteEscape(more);
                r.Write("</p>");
            }
        }
        if (note?.TimelineHref is { } timeline)
            r.Write("<p class=\"note-timeline\"><a href=\"").WriteEscapeUrl(timeline).Write("\">This figure over time, across the edition</a></p>");
        r.Write("</aside>").WriteLine();
    }

    /// <summary>"✓ 2 agree · ≠ 1 differs · ○ 1 mentions it": words and glyphs, never colour alone.</summary>
    public static string Verdict(ClaimNote note)
    {
        var parts = new List<string>();
        if (note.AgreeCount > 0) parts.Add($"✓ {note.AgreeCount} {(note.AgreeCount == 1 ? "agrees" : "agree")}");
        if (note.DifferCount > 0) parts.Add($"≠ {note.DifferCount} {(note.DifferCount == 1 ? "differs" : "differ")}");
        if (note.MentionCount > 0) parts.Add($"○ {note.MentionCount} {(note.MentionCount == 1 ? "mentions it" : "mention it")} without a figure");
        return string.Join(" · ", parts);
    }

    private static void WriteEntry(HtmlRenderer r, ClaimNoteEntry entry)
    {
        r.Write("<li class=\"rel-").Write(entry.Relation).Write(entry.Checked ? " checked\"" : "\"");
        if (entry.Target is not null) r.Write(" data-target=\"").WriteEscape(entry.Target).Write("\"");
        r.Write("><span class=\"rel\"><span aria-hidden=\"true\">")
            .Write(Glyphs.GetValueOrDefault(entry.Relation, "·")).Write("</span> ").WriteEscape(entry.Relation).Write("</span> ");
        r.Write("<a href=\"").WriteEscapeUrl(entry.Href).Write("\">").WriteEscape(entry.ArticleTitle).Write("</a>");
        if (entry.When is not null) r.Write(" <span class=\"when\">(").WriteEscape(entry.When).Write(")</span>");
        if (entry.Figure is not null) r.Write(": <span class=\"other-figure\">").WriteEscape(entry.Figure).Write("</span>");
        r.Write(" <q class=\"excerpt\">").WriteEscape(entry.Excerpt).Write("</q>");
        if (!string.IsNullOrEmpty(entry.Why)) r.Write("<span class=\"why\">").WriteEscape(entry.Why).Write("</span>");
        if (entry.Checked)
        {
            r.Write("<span class=\"checked-by-editors\">Checked by the editors");
            if (!string.IsNullOrEmpty(entry.EditorsNote)) r.Write(": ").WriteEscape(entry.EditorsNote);
            r.Write("</span>");
        }
        r.Write("</li>");
    }
}
