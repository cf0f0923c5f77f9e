using Markdig.Syntax.Inlines;
using Reader.Markdown.SourceMarkers;

namespace Reader.Markdown.Normalisation;

/// <summary>
/// A marker inside link text ("[see [abcdef12]](https://…)") is part of the link's words, not a
/// citation: a link inside a link is not allowed in HTML. Turn it back into the text it was.
/// </summary>
internal static class MarkersInLinksUnwrapper
{
    public static void Unwrap(ContainerInline container, bool insideLink = false)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            if (insideLink && inline is SourceMarkerInline marker)
                marker.ReplaceBy(new LiteralInline(marker.Original) { Span = marker.Span, Line = marker.Line, Column = marker.Column });
            else if (inline is ContainerInline nested)
                Unwrap(nested, insideLink || nested is LinkInline);
            inline = next;
        }
    }
}
