namespace Reader.Claims.Extraction;

/// <summary>What a <see cref="Token"/> is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, with inner apostrophes ("Smith’s").</summary>
    Word,
    /// <summary>ASCII digits with optional thousands groups and one decimal part ("2,400", "7.2").</summary>
    Number,
    /// <summary>Any other single non-space character ("$", "%", "-", ".").</summary>
    Symbol,
    /// <summary>Text that must never take part in a claim: U+FFFC, source markers, URLs.</summary>
    Barrier,
}
