using Reader.Claims.Extraction;
using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// Turns a claim and its hedge into the interval of values it allows.
/// Exact figures cover their rounding: [x − h, x + h) where h is half the last written digit
/// (half-open so "$3.5 billion" and "$3.6 billion" do not touch). "about x" widens to ±10% (or the
/// rounding, if wider), closed; "more than x" is (x, ∞); "at least x" [x, ∞); "up to x" [0, x];
/// "less than x" [0, x). Dates are their day span From..To; "around" a date adds three days each side.
/// A tally is a single point standing for its pair, so two tallies agree only when they are the same pair.
/// </summary>
internal static class ClaimIntervals
{
    private const double ApproximateShare = 0.10;
    private const int ApproximateDays = 3;

    public static ValueInterval? Of(Claim claim)
    {
        var v = claim.Value;
        if (claim.Kind is ClaimKind.Date or ClaimKind.Year)
            return DayInterval(claim) is { } days ? Hedge(days.Low, days.High, 0, claim.Qualifier, ApproximateDays) : null;

        if (v.Low is null) return null;
        if (claim.Kind == ClaimKind.Tally) return TallyPoint(v);
        var (low, high) = Written(claim)!.Value;
        double half = claim.Kind == ClaimKind.Duration ? 0 : WrittenPrecision.HalfUnit(claim, low);
        return Hedge(low, high, half, claim.Qualifier, ApproximateShare * Math.Abs(high));
    }

    /// <summary>
    /// The values a claim is written as, before any hedge widens them, on the scale <see cref="Of"/> compares on:
    /// dates and years as day numbers (a year its whole span), durations in days, anything else as written.
    /// </summary>
    public static (double Low, double High)? Written(Claim claim)
    {
        if (claim.Kind is ClaimKind.Date or ClaimKind.Year) return DayInterval(claim);
        if (claim.Kind == ClaimKind.Tally || claim.Value.Low is not { } first) return null;
        double low = (double)first, high = (double)(claim.Value.High ?? first);
        double scale = claim.Kind == ClaimKind.Duration ? DaysPer(claim.Unit) : 1;
        return (low * scale, high * scale);
    }

    private static ValueInterval Hedge(double low, double high, double half, Qualifier qualifier, double approximate) =>
        qualifier switch
        {
            Qualifier.Approximately => ValueInterval.Closed(low - Math.Max(half, approximate), high + Math.Max(half, approximate)),
            Qualifier.MoreThan => new ValueInterval(high, double.PositiveInfinity, true, false),
            Qualifier.AtLeast => new ValueInterval(low, double.PositiveInfinity, false, false),
            Qualifier.UpTo => new ValueInterval(Math.Min(0, low), high, false, false),
            Qualifier.LessThan => new ValueInterval(Math.Min(0, low), high, false, true),
            _ when half > 0 => new ValueInterval(low - half, high + half, false, true),
            _ => ValueInterval.Closed(low, high),
        };

    /// <summary>
    /// A tally as one point, the pair coded as first × <see cref="TallyReader.SideLimit"/> + second: two tallies meet only
    /// when both numbers are equal ("91-6" and "91-7" differ). Each side is below the limit, so the code is exact in a double.
    /// </summary>
    private static ValueInterval? TallyPoint(ClaimValue v)
    {
        if (v.Low is not { } first || v.High is not { } second || first >= TallyReader.SideLimit || second >= TallyReader.SideLimit) return null;
        double code = (double)(first * TallyReader.SideLimit + second);
        return ValueInterval.Closed(code, code);
    }

    /// <summary>Dates as day numbers; a bare year given as a number spans its whole year.</summary>
    private static (double Low, double High)? DayInterval(Claim claim)
    {
        var v = claim.Value;
        if (v.From is { } from)
            return (from.DayNumber, (v.To ?? from).DayNumber);
        if (v.Low is { } year && year >= 1 && year <= 9999 && year == decimal.Truncate(year))
        {
            int y = (int)year, lastYear = (int)(v.High ?? year);
            if (lastYear < y || lastYear > 9999) lastYear = y;
            return (new DateOnly(y, 1, 1).DayNumber, new DateOnly(lastYear, 12, 31).DayNumber);
        }
        return null;
    }

    private static double DaysPer(string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "second" => 1.0 / 86400,
        "minute" => 1.0 / 1440,
        "hour" => 1.0 / 24,
        "week" => 7,
        "month" => 30.44,
        "year" => 365.25,
        "decade" => 3652.5,
        _ => 1,
    };
}
