namespace Reader.Claims.Comparison;

/// <summary>
/// The span of values a figure allows once its hedge and rounding are taken into account, on one numeric
/// line (amounts, counts, percentages, or day numbers for dates). Infinite ends stand for "more than" claims.
/// </summary>
internal readonly record struct ValueInterval(double Low, double High, bool LowOpen, bool HighOpen)
{
    public static ValueInterval Closed(double low, double high) => new(low, high, false, false);

    /// <summary>True when some value lies in both intervals: the two figures can both be right.</summary>
    public bool Overlaps(ValueInterval other) => !EntirelyBelow(this, other) && !EntirelyBelow(other, this);

    private static bool EntirelyBelow(ValueInterval a, ValueInterval b) =>
        a.High < b.Low || (a.High == b.Low && (a.HighOpen || b.LowOpen));

    public override string ToString() =>
        $"{(LowOpen ? "(" : "[")}{Low}, {High}{(HighOpen ? ")" : "]")}";
}
