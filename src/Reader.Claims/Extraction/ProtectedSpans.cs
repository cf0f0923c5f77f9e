namespace Reader.Claims.Extraction;

/// <summary>
/// Finds the end of text that must not yield claims when it starts at a given offset: source markers
/// ("[a1b2c3d4]", "[a1b2, c3d4]"), bracketed reference numbers ("[12]") and URLs. Every scan is bounded,
/// so the tokenizer stays linear on hostile input.
/// </summary>
internal static class ProtectedSpans
{
    private const int MaxMarkerLength = 1000;
    private const int MaxUrlLength = 4096;

    /// <summary>Returns the exclusive end of a protected run starting at <paramref name="i"/>, or -1.</summary>
    public static int EndAt(string text, int i)
    {
        char c = text[i];
        if (c == '[') return SourceMarkerEnd(text, i);
        if (c is 'h' or 'H' or 'w' or 'W') return UrlEnd(text, i);
        return -1;
    }

    private static int SourceMarkerEnd(string text, int open)
    {
        int limit = Math.Min(text.Length, open + MaxMarkerLength);
        int i = open + 1;
        bool anyId = false, allShortDigits = true;
        while (true)
        {
            while (i < limit && text[i] == ' ') i++;
            int idStart = i;
            bool hasHexLetter = false, allDigits = true;
            while (i < limit && Uri.IsHexDigit(text[i]))
            {
                if (!char.IsAsciiDigit(text[i])) { hasHexLetter = true; allDigits = false; }
                i++;
            }
            int len = i - idStart;
            bool isId = len is >= 4 and <= 40 && (hasHexLetter || len >= 6);
            bool isReference = allDigits && len is >= 1 and <= 3;
            if (!isId && !isReference) return -1;
            if (!isReference) allShortDigits = false;
            anyId |= isId;
            while (i < limit && text[i] == ' ') i++;
            if (i >= limit) return -1;
            if (text[i] == ']') return anyId || allShortDigits ? i + 1 : -1;
            if (text[i] is not (',' or ';')) return -1;
            i++;
        }
    }

    private static int UrlEnd(string text, int i)
    {
        var rest = text.AsSpan(i);
        bool url = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!url || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) return -1;
        int limit = Math.Min(text.Length, i + MaxUrlLength);
        int end = i;
        while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] != '\uFFFC') end++;
        // Trailing sentence punctuation belongs to the prose, not the address.
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '\'' or '!' or '?') end--;
        return end;
    }
}
