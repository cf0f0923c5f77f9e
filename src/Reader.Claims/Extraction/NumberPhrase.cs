namespace Reader.Claims.Extraction;

/// <summary>
/// A number read from tokens [First, End): "2,400", "7.2 billion", "twenty-five", "21st".
/// <see cref="Plain"/> is a bare integer numeral (no grouping, decimals or scale): the only shape that
/// can be a year or a model number. <see cref="Scale"/> is 1 unless a scale word applied.
/// <see cref="Pence"/> marks a sterling price in pence written with a glued "p" ("641p"); <see cref="Value"/> is then in pence.
/// </summary>
internal readonly record struct NumberPhrase(
    int First,
    int End,
    decimal Value,
    bool Spelled,
    bool Plain,
    int Digits,
    decimal Scale,
    bool Ordinal,
    bool Pence = false);
