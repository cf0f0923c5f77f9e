using System.Globalization;
using Reader.Claims.Model;

namespace Reader.Rendering.Figures;

/// <summary>
/// A figure as one number, so figures can be ordered, compared by size and plotted: amounts by their value
/// (a range by its middle), dates by their first day. A tally (for–against) has no single value.
/// </summary>
public static class FigureValue
{
    public static double? Of(Claim claim)
    {
        if (claim.Kind == ClaimKind.Tally) return null;
        if (IsCalendar(claim.Kind) && claim.Value.From is { } from) return from.DayNumber;
        if (claim.Value.Low is not { } low) return null;
        var high = claim.Value.High ?? low;
        return (double)(low + high) / 2;
    }

    /// <summary>Dates are plotted and compared as days; a year written alone is a number, but read as a calendar year.</summary>
    public static bool IsCalendar(ClaimKind kind) => kind == ClaimKind.Date;

    /// <summary>
    /// How far apart two values are, from 0 (equal) to 1: for amounts the gap over the larger magnitude
    /// (1,000 against 1,500 is 0.33); for dates and years, where a ratio means nothing, the gap over a year of
    /// days or over ten years (so a year apart counts as fully different, as ten years between years do).
    /// </summary>
    public static double RelativeDifference(ClaimKind kind, double a, double b)
    {
        double gap = Math.Abs(a - b);
        if (gap == 0) return 0;
        return kind switch
        {
            ClaimKind.Date => Math.Min(1, gap / 365),
            ClaimKind.Year => Math.Min(1, gap / 10),
            _ => Math.Min(1, gap / Math.Max(Math.Abs(a), Math.Abs(b))),
        };
    }

    /// <summary>How far apart two values are, for readers: "4 days" between dates, "2 years" between years, else "38%".</summary>
    public static string Gap(ClaimKind kind, double low, double high)
    {
        long gap = (long)Math.Round(Math.Abs(high - low));
        return kind switch
        {
            ClaimKind.Date => gap == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{gap:N0} days"),
            ClaimKind.Year => gap == 1 ? "1 year" : string.Create(CultureInfo.InvariantCulture, $"{gap:N0} years"),
            _ => Percent(RelativeDifference(kind, low, high)),
        };
    }

    /// <summary>"38%": a relative difference for readers.</summary>
    public static string Percent(double relative) =>
        relative < 0.01 && relative > 0 ? "under 1%" : (relative * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
