using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads durations of one unit written without a number: "month-long", "yearlong", "weeklong", and "a week",
/// "a decade" where a hedge or a preposition of time makes them a length ("more than a month", "nearly a year",
/// "after a week of talks", "within a decade").
/// </summary>
/// <remarks>
/// "a year" alone is mostly a rate or an article ("twice a year", "a year of change", "a year ago"), so it is only
/// read after those words. "a day after", "a year later" are relative times, not lengths.
/// </remarks>
internal static class SingleUnitDurationReader
{
    private static readonly WordSet TimePrepositions = new("for", "after", "within", "over", "in");
    private static readonly WordSet RelativeAfter = new("ago", "earlier", "later", "before", "after", "since");

    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsWord(j)) return false;
        if (qualifier == Qualifier.None && TryLong(s, j, out figure)) return true;
        if (!s.IsWord(j, "a") && !s.IsWord(j, "an")) return false;
        int u = j + 1;
        if (!s.IsWord(u) || !TimeUnits.Singular.Contains(s.Span(u)) || !TimeUnits.Names.TryGet(s.Span(u), out var unit)) return false;
        // "a year-long inquiry", "a month's pay", "a year ago": a compound, an owner or a relative time.
        if (s.IsDash(u + 1) && s.Glued(u + 1) || s.IsSymbol(u + 1, '\'') || s.IsWord(u + 1) && RelativeAfter.Contains(s.Span(u + 1))) return false;
        // "a year on year comparison": a rate, not a length.
        if (s.IsWord(u + 1, "on") && s.IsWord(u + 2) && s.Span(u + 2).Equals(s.Span(u), StringComparison.OrdinalIgnoreCase)) return false;
        bool timed = qualifier != Qualifier.None || first == j && s.IsWord(j - 1) && TimePrepositions.Contains(s.Span(j - 1));
        if (!timed) return false;
        figure = new RawFigure(first, u + 1, ClaimKind.Duration, ClaimValue.Number(1), unit, qualifier);
        return true;
    }

    /// <summary>"month-long", "year-long", "yearlong", "weeklong".</summary>
    private static bool TryLong(TokenStream s, int j, out RawFigure? figure)
    {
        figure = null;
        if (TimeUnits.LongCompounds.TryGet(s.Span(j), out var unit))
        {
            figure = new RawFigure(j, j + 1, ClaimKind.Duration, ClaimValue.Number(1), unit, Qualifier.None);
            return true;
        }
        if (TimeUnits.Singular.Contains(s.Span(j)) && TimeUnits.Names.TryGet(s.Span(j), out unit)
            && s.IsDash(j + 1) && s.Glued(j + 1) && s.Glued(j + 2) && s.IsWord(j + 2, "long"))
        {
            figure = new RawFigure(j, j + 3, ClaimKind.Duration, ClaimValue.Number(1), unit, Qualifier.None);
            return true;
        }
        return false;
    }
}
