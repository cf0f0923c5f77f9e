namespace Reader.Claims.Extraction;

/// <summary>
/// A hand-written, single-pass tokenizer. Linear in the input, never throws: every character is
/// consumed exactly once, and only ASCII digits make numbers (other scripts' digits are left alone).
/// </summary>
internal static class Tokenizer
{
    /// <summary>Numbers longer than this many digits cannot be figures we could normalise safely.</summary>
    public const int MaxIntegerDigits = 15;
    public const int MaxFractionDigits = 12;

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 1 << 20));
        bool space = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int start = i;
            if (c == '\uFFFC')
            {
                while (i < text.Length && text[i] == '\uFFFC') i++;
                tokens.Add(new Token(TokenKind.Barrier, start, i, space));
            }
            else if (ProtectedSpans.EndAt(text, i) is var end and > 0)
            {
                i = end;
                tokens.Add(new Token(TokenKind.Barrier, start, i, space));
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, out bool malformed);
                tokens.Add(new Token(TokenKind.Number, start, i, space, malformed));
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i);
                tokens.Add(new Token(TokenKind.Word, start, i, space));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Symbol, start, i, space));
            }
            space = false;
        }
        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            // Inner apostrophe: "Smith’s", "don't" — only when a letter follows.
            if ((c == '\'' || c == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1])) { i += 2; continue; }
            break;
        }
        return i;
    }

    private static int ScanNumber(string text, int i, out bool malformed)
    {
        int integerDigits = 0, fractionDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; integerDigits++; }
        // Thousands groups: ",ddd" not followed by another digit.
        while (i + 3 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
               && char.IsAsciiDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            i += 4;
            integerDigits += 3;
        }
        malformed = false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; fractionDigits++; }
            // "192.168.1.2", "1.2.3": version or address, never a figure. Swallow the whole dotted run.
            while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                malformed = true;
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            }
        }
        if (integerDigits > MaxIntegerDigits || fractionDigits > MaxFractionDigits) malformed = true;
        return i;
    }
}
