namespace Reader.Claims.Extraction;

/// <summary>
/// One token of the input: [Start, End) in the text. <see cref="SpaceBefore"/> tells whether whitespace
/// separates it from the previous token, which is how "M25", "F-35" and "4K" are told from "2 ships".
/// <see cref="Malformed"/> marks numbers that are never figures: dotted runs ("192.168.1.2") and
/// digit runs too long for <see cref="decimal"/>.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, bool SpaceBefore, bool Malformed = false)
{
    public int Length => End - Start;
}
