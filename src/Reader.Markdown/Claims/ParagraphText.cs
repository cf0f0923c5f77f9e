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

    public List<TextSegment> Segments { get; } = [];

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
        Segments.Add(new TextSegment(text.Length, content.Length, node, isLiteral));
        text.Append(content);
    }

    /// <summary>
    /// A run of the text as a reader sees it: link words and code kept, source markers left out.
    /// </summary>
    public string Readable(Reader.Claims.Model.TextSpan span)
    {
        var sb = new StringBuilder(span.Length);
        for (int i = SegmentAt(span.Start); i < Segments.Count && Segments[i].Start < span.End; i++)
        {
            var segment = Segments[i];
            if (segment.End <= span.Start) continue;
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

    /// <summary>The literal segment holding all of [start, end), or null.</summary>
    public TextSegment? LiteralHolding(int start, int end)
    {
        int i = SegmentAt(start);
        if (i >= Segments.Count) return null;
        var segment = Segments[i];
        return segment.IsLiteral && segment.Start <= start && end <= segment.End ? segment : null;
    }

    /// <summary>
    /// The index of the segment holding <paramref name="position"/> (segments are in text order and touch end to end,
    /// so a binary search finds it): lookups per sentence and per claim stay logarithmic in a long paragraph.
    /// </summary>
    private int SegmentAt(int position)
    {
        int low = 0, high = Segments.Count - 1, found = 0;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (Segments[middle].Start <= position) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return found;
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
}
