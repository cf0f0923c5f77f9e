using System.Globalization;
using Reader.Claims.Comparison;
using Reader.Claims.Model;

namespace Reader.Rendering.Figures;

/// <summary>
/// A figure as one number, so figures can be ordered, compared by size and plotted, on the scale the engine
/// compared them on (<see cref="ClaimScale"/>): a span by its middle, dates and years as day numbers, durations
/// in days. A tally (for–against) has no single value.
/// </summary>
public static class FigureValue
{
    public static double? Of(Claim claim) => ClaimScale.Span(claim) is { } span ? (span.Low + span.High) / 2 : null;

    /// <summary>
    /// How far apart two values are, from 0 (equal) to 1: for amounts and durations the gap over the larger
    /// magnitude (1,000 against 1,500 is 0.33); for dates and years, where a ratio means nothing, the gap over a
    /// year of days, or for years over ten years (a date a year off is as wrong as a year ten years off).
    /// </summary>
    public static double RelativeDifference(ClaimKind kind, double a, double b)
    {
        double gap = Math.Abs(a - b);
        if (gap == 0) return 0;
        return kind switch
        {
            ClaimKind.Date => Math.Min(1, gap / DaysPerYear),
            ClaimKind.Year => Math.Min(1, gap / (10 * DaysPerYear)),
            _ => Math.Min(1, gap / Math.Max(Math.Abs(a), Math.Abs(b))),
        };
    }

    private const double DaysPerYear = 365.25;

    /// <summary>How far apart two values are, for readers: "4 days" or "2 years" between dates and years, else "38%".</summary>
    public static string Gap(ClaimKind kind, double low, double high)
    {
        if (kind is not (ClaimKind.Date or ClaimKind.Year)) return Percent(RelativeDifference(kind, low, high));
        double days = Math.Abs(high - low);
        // Two years' worth of days reads better as years; a year written alone is anyway a span of days.
        if (days >= 2 * DaysPerYear) return Count(Math.Round(days / DaysPerYear), "year");
        return Count(Math.Round(days), "day");
    }

    private static string Count(double n, string unit) =>
        n == 1 ? "1 " + unit : string.Create(CultureInfo.InvariantCulture, $"{n:N0} {unit}s");

    /// <summary>"38%": a relative difference for readers.</summary>
    public static string Percent(double relative) =>
        relative < 0.01 && relative > 0 ? "under 1%" : (relative * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
