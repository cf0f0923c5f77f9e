using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Reader.Markdown.Claims;

public sealed class SentenceAnchorRenderer : HtmlObjectRenderer<SentenceAnchorInline>
{
    protected override void Write(HtmlRenderer renderer, SentenceAnchorInline anchor) =>
        renderer.Write("<span class=\"s\" id=\"").WriteEscape(anchor.SentenceId).Write("\"></span>");
}
