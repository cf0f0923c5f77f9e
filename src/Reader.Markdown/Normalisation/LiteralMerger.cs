using Markdig.Syntax.Inlines;

namespace Reader.Markdown.Normalisation;

/// <summary>
/// Joins neighbouring literal inlines. Markdig splits text at every escape and special character, so
/// "$2\.5 million" arrives in pieces; a claim can only be wrapped when its words sit in one literal.
/// </summary>
internal static class LiteralMerger
{
    public static void Merge(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            if (inline is LiteralInline first && first.NextSibling is LiteralInline)
            {
                var merged = new System.Text.StringBuilder(first.Content.ToString());
                var next = first.NextSibling;
                while (next is LiteralInline literal)
                {
                    merged.Append(literal.Content.ToString());
                    var after = literal.NextSibling;
                    literal.Remove();
                    next = after;
                }
                var replacement = new LiteralInline(merged.ToString()) { Span = first.Span, Line = first.Line, Column = first.Column };
                first.ReplaceBy(replacement);
                inline = replacement.NextSibling;
                continue;
            }
            if (inline is ContainerInline nested) Merge(nested);
            inline = inline.NextSibling;
        }
    }
}
