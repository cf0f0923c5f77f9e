using System.Globalization;
using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads calendar expressions: "March 3, 2025", "Mar. 3", "3 March 2025", "April 12", "mid-March",
/// "early March", "late 2024", "last October", "on Thursday", "Thursday's vote", "September's attack", "last week",
/// "last year", and spans of them ("April 28-May 3", see <see cref="DateRangeReader"/>). Dates without a year
/// need the publication date (see <see cref="DateResolver"/>); without one they are skipped, not guessed.
/// </summary>
internal static class DateReader
{
    private static readonly WordSet MayContext = new(
        "in", "since", "by", "until", "till", "through", "of", "during", "from", "before", "after", "early",
        "mid", "late", "end", "last", "next", "this", "to");

    private enum Part { Early, Mid, Late, Whole }

    public static bool TryRead(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsWord(i) && !s.IsNumber(i)) return false;
        return DateRangeReader.TryRead(s, i, published, out figure)
            || TryPartOf(s, i, published, out figure)
            || TryRelative(s, i, published, out figure)
            || TryMonthFirst(s, i, i, Part.Whole, published, out figure)
            || TryDayFirst(s, i, published, out figure)
            || TryWeekday(s, i, published, out figure);
    }

    /// <summary>"early March", "mid-March", "late 2024", "mid-2024".</summary>
    private static bool TryPartOf(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsWord(i)) return false;
        var w = s.Span(i);
        Part part;
        if (w.Equals("early", StringComparison.OrdinalIgnoreCase)) part = Part.Early;
        else if (w.Equals("mid", StringComparison.OrdinalIgnoreCase) || w.Equals("middle", StringComparison.OrdinalIgnoreCase)) part = Part.Mid;
        else if (w.Equals("late", StringComparison.OrdinalIgnoreCase)) part = Part.Late;
        else return false;
        int j = i + 1;
        if (s.IsDash(j) && s.Glued(j) && s.Glued(j + 1)) j++;
        if (TryMonthFirst(s, i, j, part, published, out figure)) return true;
        if (TryYear(s, j, out int year, out int end))
        {
            var (from, to) = part switch
            {
                Part.Early => (new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
                Part.Mid => (new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
                _ => (new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
            };
            figure = new RawFigure(i, end, ClaimKind.Date, ClaimValue.Dates(from, to, year.ToString("D4", CultureInfo.InvariantCulture)), "year", Qualifier.None);
            return true;
        }
        return false;
    }

    /// <summary>"last October", "next Thursday", "this week", "last year".</summary>
    private static bool TryRelative(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (published is not { } pub || !s.IsWord(i)) return false;
        string? relation = s.IsWord(i, "last") ? "last" : s.IsWord(i, "next") ? "next" : s.IsWord(i, "this") ? "this" : null;
        if (relation is null || !s.IsWord(i + 1)) return false;
        int j = i + 1;
        var w = WithoutPossessive(s, j);
        if (s.IsCapitalised(j) && Months.Names.TryGet(w, out int month) && w.Length > 3)
        {
            int year = DateResolver.YearForRelativeMonth(relation, month, pub);
            figure = MonthFigure(i, j + 1, year, month, Part.Whole);
            return true;
        }
        if (s.IsCapitalised(j) && Months.Weekdays.TryGet(w, out var day))
        {
            var date = DateResolver.Weekday(day, relation, pub);
            figure = DayFigure(i, j + 1, date);
            return true;
        }
        if (s.IsPossessive(j)) return false;
        int offset = relation switch { "last" => -1, "next" => 1, _ => 0 };
        if (w.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            var monday = DateResolver.MondayOfWeek(pub).AddDays(7 * offset);
            var iso = $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}";
            figure = new RawFigure(i, j + 1, ClaimKind.Date, ClaimValue.Dates(monday, monday.AddDays(6), iso), "week", Qualifier.None) { Relative = true };
            return true;
        }
        if (w.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(offset);
            figure = MonthFigure(i, j + 1, first.Year, first.Month, Part.Whole) with { Relative = true };
            return true;
        }
        if (w.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            int year = pub.Year + offset;
            figure = new RawFigure(i, j + 1, ClaimKind.Year, YearValue(year), "year", Qualifier.None) { Relative = true };
            return true;
        }
        return false;
    }

    /// <summary>"March 3, 2025", "Mar. 3", "April 12", "March 2025", "March". <paramref name="first"/> is the claim's first token.</summary>
    private static bool TryMonthFirst(TokenStream s, int first, int i, Part part, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsCapitalised(i) || !Months.Names.TryGet(WithoutPossessive(s, i), out int month)) return false;
        bool possessive = s.IsPossessive(i);
        var name = WithoutPossessive(s, i);
        bool abbreviated = name.Length <= 4 && !name.Equals("june", StringComparison.OrdinalIgnoreCase)
                           && !name.Equals("july", StringComparison.OrdinalIgnoreCase) && !name.Equals("may", StringComparison.OrdinalIgnoreCase);
        // "September's attack": the month owns what follows; no day or year can come after it.
        if (possessive) return !abbreviated && TryBareMonth(s, first, i, month, part, published, out figure);
        int j = i + 1;
        if (abbreviated && s.IsSymbol(j, '.') && s.Glued(j)) j++;
        if (part == Part.Whole && TryDay(s, j, out int day, out int end))
        {
            int year;
            if (s.IsSymbol(end, ',') && TryYear(s, end + 1, out int y, out int yearEnd)) { year = y; end = yearEnd; }
            else if (TryYear(s, end, out y, out yearEnd)) { year = y; end = yearEnd; }
            else if (published is { } pub && DateResolver.NearestDay(month, day, pub) is { } near && !InName(s, first, end)) year = near.Year;
            else return false;
            if (!DateResolver.IsValid(year, month, day)) return false;
            figure = DayFigure(first, end, new DateOnly(year, month, day));
            return true;
        }
        if (TryYear(s, j, out int monthYear, out int monthEnd))
        {
            figure = MonthFigure(first, monthEnd, monthYear, month, part);
            return true;
        }
        // A month standing alone. Abbreviations ("Mar", "Dec") are too ambiguous.
        if (abbreviated && s[i].Length < 5) return false;
        return TryBareMonth(s, first, i, month, part, published, out figure);
    }

    /// <summary>A month with no day or year ("in February", "September's attack"), placed against publication. "May" needs a context word.</summary>
    private static bool TryBareMonth(TokenStream s, int first, int i, int month, Part part, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (month == 5 && part == Part.Whole && !(first > 0 && s.IsWord(first - 1) && MayContext.Contains(s.Span(first - 1)))) return false;
        if (published is not { } p || InName(s, first, i + 1)) return false;
        // "the 9 April Battalion": a day before the month that did not make a date with it was refused as a name.
        if (first == i && s.IsNumber(i - 1)) return false;
        figure = MonthFigure(first, i + 1, DateResolver.YearForMonth(month, TenseReader.Read(s, first, i + 1), p), month, part);
        return true;
    }

    /// <summary>
    /// "the 9 April Battalion", "the October Revolution": a date with no year between "the" and a capitalised noun
    /// is part of a name. [<paramref name="first"/>, <paramref name="end"/>) are the date's tokens.
    /// </summary>
    private static bool InName(TokenStream s, int first, int end) =>
        s.IsWord(first - 1, "the") && s.IsCapitalised(end) && !Months.Names.Contains(s.Span(end)) && !Months.Weekdays.Contains(s.Span(end));

    /// <summary>The word without an owner's "'s" ("Thursday's" → "Thursday"), so possessive days and months are read as dates.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(TokenStream s, int i)
    {
        var w = s.Span(i);
        return w.Length > 2 && w[^2] is '\'' or '’' && w[^1] is 's' or 'S' ? w[..^2] : w;
    }

    /// <summary>"3 March 2025", "24 January".</summary>
    private static bool TryDayFirst(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (!TryDay(s, i, out int day, out int j)) return false;
        if (s.IsWord(j, "of")) j++;
        if (!s.IsCapitalised(j) || !Months.Names.TryGet(s.Span(j), out int month)) return false;
        int end = j + 1;
        if (s.IsSymbol(end, '.') && s.Glued(end) && s[j].Length <= 4) end++;
        int year;
        if (TryYear(s, end, out int y, out int yearEnd)) { year = y; end = yearEnd; }
        else if (published is { } pub && DateResolver.NearestDay(month, day, pub) is { } near && !InName(s, i, end)) year = near.Year;
        else return false;
        if (!DateResolver.IsValid(year, month, day)) return false;
        figure = DayFigure(i, end, new DateOnly(year, month, day));
        return true;
    }

    /// <summary>"Thursday": placed by the clause's tense, else nearest publication (see <see cref="DateResolver"/>).</summary>
    private static bool TryWeekday(TokenStream s, int i, DateOnly? published, out RawFigure? figure)
    {
        figure = null;
        if (published is not { } pub || !s.IsCapitalised(i) || !Months.Weekdays.TryGet(WithoutPossessive(s, i), out var day)) return false;
        // "Thursday, March 6", "Friday, Sept. 14": the explicit date says more; let it make the claim.
        int j = i + 1;
        if (s.IsSymbol(j, ',')) j++;
        if (s.IsSymbol(j + 1, '.') && s.Glued(j + 1) && s.IsCapitalised(j) && Months.Names.Contains(s.Span(j)) && s.IsNumber(j + 2)) return false;
        if (s.IsCapitalised(j) && Months.Names.Contains(s.Span(j)) && s.IsNumber(j + 1)) return false;
        figure = DayFigure(i, i + 1, DateResolver.Weekday(day, TenseReader.Read(s, i, i + 1), pub));
        return true;
    }

    /// <param name="rangeStart">True when the day may open a range glued to its end ("April 28-May 3", "March 6-8").</param>
    public static bool TryDay(TokenStream s, int i, out int day, out int end, bool rangeStart = false)
    {
        day = 0;
        end = i;
        if (!s.IsNumber(i) || s[i].Malformed || s[i].Length > 2) return false;
        if (!NumberReader.TryParse(s.Span(i), out var v) || v < 1 || v > 31 || v != decimal.Truncate(v)) return false;
        day = (int)v;
        end = i + 1;
        if (s.Glued(end) && s.IsWord(end) && NumberWords.OrdinalSuffixes.Contains(s.Span(end))) end++;
        // "March 3-4", "Jun 10:30", "Mar 3/4": not a single day we can place.
        if (s.Glued(end) && s.InRange(end) && s[end].Kind != TokenKind.Symbol) return false;
        if (s.Glued(end) && (s.IsSymbol(end, '/') || s.IsSymbol(end, ':') || s.IsDash(end) && !rangeStart)) return false;
        return true;
    }

    public static bool TryYear(TokenStream s, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (!s.IsNumber(i) || s[i].Malformed || s[i].Length != 4) return false;
        if (!NumberReader.TryParse(s.Span(i), out var v) || v < 1000 || v > 2199) return false;
        if (s.Glued(i + 1) && (s.IsWord(i + 1) || s.IsNumber(i + 1) || s.IsSymbol(i + 1, '/') || s.IsDash(i + 1))) return false;
        year = (int)v;
        end = i + 1;
        return true;
    }

    public static ClaimValue YearValue(int year) =>
        new() { Low = year, High = year, Iso = year.ToString("D4", CultureInfo.InvariantCulture) };

    private static RawFigure DayFigure(int first, int end, DateOnly date) =>
        new(first, end, ClaimKind.Date, ClaimValue.Dates(date, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "day", Qualifier.None);

    private static RawFigure MonthFigure(int first, int end, int year, int month, Part part)
    {
        if (year is < 1 or > 9999) year = Math.Clamp(year, 1, 9999);
        int last = DateTime.DaysInMonth(year, month);
        var (fromDay, toDay) = part switch
        {
            Part.Early => (1, 10),
            Part.Mid => (11, 20),
            Part.Late => (21, last),
            _ => (1, last),
        };
        var iso = $"{year:D4}-{month:D2}";
        return new RawFigure(first, end, ClaimKind.Date, ClaimValue.Dates(new DateOnly(year, month, fromDay), new DateOnly(year, month, toDay), iso), "month", Qualifier.None);
    }
}
