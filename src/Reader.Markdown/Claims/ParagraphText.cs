using System.Text;
using Markdig.Syntax.Inlines;
using Reader.Markdown.SourceMarkers;

namespace Reader.Markdown.Claims;

/// <summary>
/// A paragraph's inlines flattened to prose for the claim extractor. Literal text is copied as is;
/// anything that is not prose (code, links, source markers, raw HTML) becomes one U+FFFC, so the
/// extractor never finds a figure inside it and every offset maps back to exactly one inline.
/// </summary>
internal sealed class ParagraphText
{
    public const char Placeholder = '\uFFFC';

    private readonly StringBuilder text = new();

    public List<Segment> Segments { get; } = [];

    public string Text { get; private set; } = "";

    public static ParagraphText Of(ContainerInline root)
    {
        var flat = new ParagraphText();
        flat.Append(root);
        flat.Text = flat.text.ToString();
        return flat;
    }

    private void Append(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(literal, literal.Content.ToString(), isLiteral: true);
                    break;
                case LineBreakInline:
                    Add(inline, " ", isLiteral: false);
                    break;
                case LinkInline or SourceMarkerInline:
                    Add(inline, Placeholder.ToString(), isLiteral: false);
                    break;
                case ContainerInline nested:
                    Append(nested);
                    break;
                default:
                    Add(inline, Placeholder.ToString(), isLiteral: false);
                    break;
            }
        }
    }

    private void Add(Inline node, string content, bool isLiteral)
    {
        Segments.Add(new Segment(text.Length, content.Length, node, isLiteral));
        text.Append(content);
    }

    /// <summary>
    /// A run of the text as a reader sees it: link words and code kept, source markers left out.
    /// </summary>
    public string Readable(Reader.Claims.Model.TextSpan span)
    {
        var sb = new StringBuilder(span.Length);
        foreach (var segment in Segments)
        {
            if (segment.End <= span.Start || segment.Start >= span.End) continue;
            if (segment.IsLiteral || segment.Node is LineBreakInline)
            {
                int from = Math.Max(segment.Start, span.Start), to = Math.Min(segment.End, span.End);
                sb.Append(Text, from, to - from);
            }
            else if (segment.Node is CodeInline code) sb.Append(code.Content);
            else if (segment.Node is ContainerInline container) AppendWords(container, sb);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace(" .", ".").Replace(" ,", ",");
    }

    private static void AppendWords(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal) sb.Append(literal.Content.ToString());
            else if (inline is CodeInline code) sb.Append(code.Content);
            else if (inline is ContainerInline nested) AppendWords(nested, sb);
        }
    }

    /// <summary>The inline that produced [Start, Start + Length) of the flattened text.</summary>
    public sealed record Segment(int Start, int Length, Inline Node, bool IsLiteral)
    {
        public int End => Start + Length;
    }
}
