namespace Reader.Claims.Model;

/// <summary>
/// A normalised figure. Numeric kinds fill <see cref="Low"/> (and <see cref="High"/> for ranges such
/// as "10 to 12"; otherwise High == Low). Dates fill <see cref="From"/>/<see cref="To"/>: the span of
/// days the words allow ("mid-March 2025" is 2025-03-11..2025-03-20, "March 3, 2025" is one day),
/// and <see cref="Iso"/> is "2025-03-03", or "2025-03" when only the month is known, or "2025".
/// </summary>
public sealed record ClaimValue
{
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Iso { get; init; }

    public bool IsRange => Low is not null && High is not null && High != Low;

    public static ClaimValue Number(decimal value) => new() { Low = value, High = value };
    public static ClaimValue Range(decimal low, decimal high) => new() { Low = low, High = high };
    public static ClaimValue Dates(DateOnly from, DateOnly to, string iso) => new() { From = from, To = to, Iso = iso };
}
