namespace Reader.Claims.Model;

/// <summary>
/// A normalised figure. Numeric kinds fill <see cref="Low"/> (and <see cref="High"/> for ranges such
/// as "10 to 12"; otherwise High == Low). Dates fill <see cref="From"/>/<see cref="To"/>: the span of
/// days the words allow ("mid-March 2025" is 2025-03-11..2025-03-20, "March 3, 2025" is one day),
/// and <see cref="Iso"/> is "2025-03-03", or "2025-03" when only the month is known, or "2025".
/// A tally ("312-104") keeps its two numbers in written order, for then against: <see cref="Low"/> is the first
/// (the larger or equal one) and <see cref="High"/> the second, with <see cref="Iso"/> "312-104". It is no range.
/// </summary>
public sealed record ClaimValue
{
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Iso { get; init; }

    /// <summary>Two ends, low below high. A tally's pair runs the other way (or ties), so it is never taken for one.</summary>
    public bool IsRange => Low is not null && High is not null && High > Low;

    public static ClaimValue Number(decimal value) => new() { Low = value, High = value };
    public static ClaimValue Range(decimal low, decimal high) => new() { Low = low, High = high };
    public static ClaimValue Tally(decimal first, decimal second) => new()
    {
        Low = first,
        High = second,
        Iso = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first:0}-{second:0}"),
    };
    public static ClaimValue Dates(DateOnly from, DateOnly to, string iso) => new() { From = from, To = to, Iso = iso };
}
