using System.Globalization;
using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads spans between two dates as one claim: "April 28-May 3", "Nov. 27 through Jan. 9", "March 6-8",
/// "from October 2010 through February 2012", "between April and June". The value runs from the first day
/// of the start to the last day of the end; its ISO text is "2019-04-28/2019-05-03" (or "2010-10/2012-02").
/// "from" or "between" before the start belongs to the claim's words, as "between" does for number ranges.
/// </summary>
/// <remarks>
/// A missing year is taken from the other end (the start a year earlier if its month comes later: "Nov. 27 through
/// Jan. 9, 2019" starts in 2018), or, with neither, the start is placed against publication as a single date is
/// and the end follows it. Both ends must be days or both months; a bare day ends a day span ("March 3-5").
/// </remarks>
internal static class DateRangeReader
{
    private static readonly WordSet Separators = new("to", "through", "thru", "until", "till");

    /// <summary>One end of a span: a month, with a day (0 if none) and a year (0 if none); End is the token after it.</summary>
    private readonly record struct DatePart(int Month, int Day, int Year, int End);

    public static bool TryRead(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (!TryPart(s, i, rangeStart: true, out var start) || start.Month == 0) return false;
        int sep = start.End;
        bool between = s.IsWord(i - 1, "between");
        bool dash = s.IsDash(sep);
        bool word = s.IsWord(sep) && (between ? s.IsWord(sep, "and") : Separators.Contains(s.Span(sep)));
        if (!dash && !word) return false;
        // A bare day can end a day span only after a dash or "through": "March 3 to 5 people" is no span.
        bool dayOnlyEnd = start.Day > 0 && (dash || s.IsWord(sep, "through") || s.IsWord(sep, "thru"));
        if (!TryPart(s, sep + 1, rangeStart: false, out var end, dayOnly: dayOnlyEnd)) return false;
        if (end.Month == 0) end = end with { Month = start.Month };
        if ((start.Day == 0) != (end.Day == 0)) return false;
        if (!Resolve(start, end, published, out var from, out var to) || to <= from) return false;

        int first = between || s.IsWord(i - 1, "from") && !s.IsWord(sep, "and") ? i - 1 : i;
        bool days = start.Day > 0;
        string format = days ? "yyyy-MM-dd" : "yyyy-MM";
        var iso = from.ToString(format, CultureInfo.InvariantCulture) + "/" + to.ToString(format, CultureInfo.InvariantCulture);
        if (!days) to = new DateOnly(to.Year, to.Month, DateTime.DaysInMonth(to.Year, to.Month));
        figure = new RawFigure(first, end.End, ClaimKind.Date, ClaimValue.Dates(from, to, iso), days ? "day" : "month", Qualifier.None);
        return true;
    }

    /// <summary>The two ends' years, from each other or from publication; false when the days do not exist.</summary>
    private static bool Resolve(DatePart start, DatePart end, DateOnly? published, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        int y1 = start.Year, y2 = end.Year;
        bool endNotBefore = (end.Month, end.Day).CompareTo((start.Month, start.Day)) >= 0;
        if (y1 == 0 && y2 == 0)
        {
            if (published is not { } pub) return false;
            if (start.Day > 0)
            {
                if (DateResolver.NearestDay(start.Month, start.Day, pub) is not { } near) return false;
                y1 = near.Year;
            }
            else y1 = DateResolver.NearestYearForMonth(start.Month, pub);
            y2 = endNotBefore ? y1 : y1 + 1;
        }
        else if (y1 == 0) y1 = endNotBefore ? y2 : y2 - 1;
        else if (y2 == 0) y2 = endNotBefore ? y1 : y1 + 1;
        int d1 = Math.Max(1, start.Day), d2 = Math.Max(1, end.Day);
        if (!DateResolver.IsValid(y1, start.Month, d1) || !DateResolver.IsValid(y2, end.Month, d2)) return false;
        from = new DateOnly(y1, start.Month, d1);
        to = new DateOnly(y2, end.Month, d2);
        return true;
    }

    /// <summary>"April 28", "Nov. 27, 2018", "October 2010", "March", "31 March 2019"; with <paramref name="dayOnly"/>, also "4".</summary>
    private static bool TryPart(TokenStream s, int i, bool rangeStart, out DatePart part, bool dayOnly = false)
    {
        part = default;
        if (s.IsCapitalised(i) && !s.IsPossessive(i) && Months.Names.TryGet(s.Span(i), out int month))
        {
            bool abbreviated = s[i].Length <= 4 && !s.IsWord(i, "june") && !s.IsWord(i, "july") && !s.IsWord(i, "may");
            int j = i + 1;
            if (abbreviated && s.IsSymbol(j, '.') && s.Glued(j)) j++;
            if (DateReader.TryDay(s, j, out int day, out int end, rangeStart))
            {
                int year = 0;
                if (s.IsSymbol(end, ',') && DateReader.TryYear(s, end + 1, out int y, out int yearEnd)) (year, end) = (y, yearEnd);
                else if (DateReader.TryYear(s, end, out y, out yearEnd)) (year, end) = (y, yearEnd);
                part = new DatePart(month, day, year, end);
                return true;
            }
            if (DateReader.TryYear(s, j, out int monthYear, out int monthEnd))
            {
                part = new DatePart(month, 0, monthYear, monthEnd);
                return true;
            }
            // A bare month: abbreviations and "May" are too ambiguous to open or close a span.
            if (abbreviated || s.IsWord(i, "may")) return false;
            part = new DatePart(month, 0, 0, i + 1);
            return true;
        }
        if (!DateReader.TryDay(s, i, out int d, out int k, rangeStart)) return false;
        int m = k;
        if (s.IsWord(m, "of")) m++;
        if (s.IsCapitalised(m) && Months.Names.TryGet(s.Span(m), out int dayMonth))
        {
            int e = m + 1;
            if (s.IsSymbol(e, '.') && s.Glued(e) && s[m].Length <= 4) e++;
            int year = DateReader.TryYear(s, e, out int y, out int yearEnd) ? y : 0;
            part = new DatePart(dayMonth, d, year, year > 0 ? yearEnd : e);
            return true;
        }
        if (!dayOnly) return false;
        part = new DatePart(0, d, 0, k);
        return true;
    }
}
