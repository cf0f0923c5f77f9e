using Markdig.Renderers;
using Markdig.Renderers.Html;
using Reader.Markdown.Rendering;

namespace Reader.Markdown.SourceMarkers;

/// <summary>
/// Writes a marker as superscript numbered links into the sources register, one per cited source:
/// <c>&lt;sup class="cite"&gt;[&lt;a role="doc-biblioref" id="cite-…" href="…#src-…"&gt;1&lt;/a&gt;]&lt;/sup&gt;</c>.
/// Without a resolver (a plain <see cref="HtmlRenderer"/>) the link points at "#src-id" and shows the id.
/// </summary>
public sealed class SourceMarkerRenderer : HtmlObjectRenderer<SourceMarkerInline>
{
    protected override void Write(HtmlRenderer renderer, SourceMarkerInline marker)
    {
        var resolver = AnnotatedHtmlRenderer.ResolverOf(renderer);
        renderer.Write("<sup class=\"cite\">[");
        for (int i = 0; i < marker.SourceIds.Count; i++)
        {
            var id = marker.SourceIds[i];
            var source = resolver?.ResolveSource(id) ?? new SourceReference("#src-" + id, 0, id);
            string label = source.Number > 0 ? source.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : id;
            if (i > 0) renderer.Write(", ");
            renderer.Write("<a role=\"doc-biblioref\" class=\"biblioref\"");
            if (i < marker.CitationAnchors.Length) renderer.Write(" id=\"").WriteEscape(marker.CitationAnchors[i]).Write('"');
            renderer.Write(" href=\"").WriteEscapeUrl(source.Href).Write('"');
            renderer.Write(" aria-label=\"").WriteEscape($"source {label}: {source.Title}").Write("\">");
            renderer.WriteEscape(label).Write("</a>");
        }
        renderer.Write("]</sup>");
    }
}
