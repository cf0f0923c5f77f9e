using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Reader.Markdown.SourceMarkers;

/// <summary>
/// Recognises source markers. Runs before Markdig's link parser so "[a1b2c3d4]" never becomes a
/// shortcut reference link — unless the document defines that label, or a link destination
/// follows ("[abcdef](…)", "[abcdef][ref]"), in which case it is an ordinary link and we step aside.
/// Markers inside link text are turned back into text after parsing (<see cref="Normalisation.MarkersInLinksUnwrapper"/>).
/// </summary>
public sealed class SourceMarkerParser : InlineParser
{
    public SourceMarkerParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // A marker glued to a URL ("https://x.org/[abcdef12]") is part of the URL.
        if (IsInsideUrl(slice)) return false;

        var text = slice.Text.AsSpan(0, slice.End + 1);
        if (SourceMarkerSyntax.TryParse(text, slice.Start) is not { } marker) return false;

        int after = slice.Start + marker.Length;
        if (after < text.Length && (text[after] == '(' || text[after] == '[')) return false;
        var label = text.Slice(slice.Start + 1, marker.Length - 2).ToString();
        if (processor.Document.ContainsLinkReferenceDefinition(label)) return false;

        int start = processor.GetSourcePosition(slice.Start, out int line, out int column);
        processor.Inline = new SourceMarkerInline(marker.Ids, text.Slice(slice.Start, marker.Length).ToString())
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + marker.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start = after;
        return true;
    }

    private static bool IsInsideUrl(StringSlice slice)
    {
        // Walk back over the current word; a scheme separator or "www." in it means a bare URL.
        int i = slice.Start - 1;
        while (i >= 0 && !char.IsWhiteSpace(slice.Text[i]) && slice.Start - i < 2048) i--;
        var word = slice.Text.AsSpan(i + 1, slice.Start - i - 1);
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }
}
