namespace Reader.Parsing;

/// <summary>
/// How deeply a Markdown text nests lists and block quotes, found in one pass over the start of each line before
/// Markdig reads anything: Markdig's time grows with the square of the depth (2,000 nested list levels took 26 s)
/// before its own limit stops it. Real articles nest a few levels; more than <see cref="MaxDepth"/> is an error
/// naming the line.
/// </summary>
public static class MarkdownNesting
{
    public const int MaxDepth = 32;

    /// <returns>The first line (0-based) nested deeper than <see cref="MaxDepth"/>, with its depth; null when none is.</returns>
    public static (int Line, int Depth)? FirstTooDeep(string markdown)
    {
        int line = 0;
        for (int start = 0; start <= markdown.Length; line++)
        {
            int end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            int depth = DepthOf(markdown.AsSpan(start, end - start));
            if (depth > MaxDepth) return (line, depth);
            start = end + 1;
        }
        return null;
    }

    /// <summary>
    /// Block quote markers, list markers, and — on a line that opens a list item — half its indentation, since
    /// each level of a nested list is indented at least two columns more than the one it is in.
    /// </summary>
    private static int DepthOf(ReadOnlySpan<char> line)
    {
        int quotes = 0, markers = 0, indent = 0, i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == ' ') { indent++; i++; }
            else if (c == '\t') { indent += 4 - indent % 4; i++; }
            else if (c == '>') { quotes++; i++; }
            else if (c is '-' or '+' or '*' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t')) { markers++; i++; }
            else if (char.IsAsciiDigit(c) && OrderedMarkerLength(line[i..]) is > 0 and var length) { markers++; i += length; }
            else break;
        }
        return quotes + markers + (markers > 0 ? indent / 2 : 0);
    }

    /// <summary>"1." or "12)" followed by a space or the line's end: the length of the marker, or 0.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        int digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits >= text.Length || text[digits] is not ('.' or ')')) return 0;
        return digits + 1 == text.Length || text[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }
}
