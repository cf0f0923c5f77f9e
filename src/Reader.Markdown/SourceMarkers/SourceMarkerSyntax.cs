namespace Reader.Markdown.SourceMarkers;

/// <summary>
/// The grammar of a source marker: "[" hex-id ( "," " "* hex-id )* "]", each id 6–40 hex digits.
/// Kept apart from the parser so the claim extractor's masking and tests share one definition.
/// </summary>
public static class SourceMarkerSyntax
{
    public const int MinIdLength = 6;
    public const int MaxIdLength = 40;

    /// <summary>Parses a marker starting at <paramref name="start"/> (which must be '[').</summary>
    /// <returns>The ids, and the length consumed including both brackets; null when this is no marker.</returns>
    public static (List<string> Ids, int Length)? TryParse(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || text[start] != '[') return null;
        var ids = new List<string>(1);
        int i = start + 1;
        while (true)
        {
            int idStart = i;
            while (i < text.Length && i - idStart <= MaxIdLength && char.IsAsciiHexDigit(text[i])) i++;
            int length = i - idStart;
            if (length < MinIdLength || length > MaxIdLength) return null;
            ids.Add(text.Slice(idStart, length).ToString().ToLowerInvariant());
            if (i >= text.Length) return null;
            if (text[i] == ']') return (ids, i + 1 - start);
            if (text[i] != ',') return null;
            i++;
            while (i < text.Length && text[i] == ' ') i++;
        }
    }
}
