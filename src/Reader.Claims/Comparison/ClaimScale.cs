using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// A claim's value on the scale the comparison engine measures it on, for pages that order, subtract or plot
/// figures the engine compared: dates and years as day numbers (a year spans its days, so "2016" and "March 3,
/// 2016" sit on one axis), durations in days ("three weeks" beside "30 days"), other figures as written.
/// </summary>
public static class ClaimScale
{
    /// <summary>The written span (a range's two ends, a date's first and last day); null for a tally or a claim with no value.</summary>
    public static (double Low, double High)? Span(Claim claim) => ClaimIntervals.Written(claim);
}
