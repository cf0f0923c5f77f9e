namespace Reader.Claims.Extraction;

/// <summary>
/// Places dates that leave out their year, and relative dates, against the publication date.
/// Rules (documented because readers will see their results):
/// <list type="bullet">
/// <item>A month or month-and-day without a year takes the year that puts it nearest the publication date
/// ("March" in an article of 4 Feb 2023 is 2023-03; "December" is 2022-12). On a tie the past wins,
/// because news mostly reports what happened.</item>
/// <item>"last October" is the latest October before the publication month; "next March" the first March
/// after it; "this March" the March of the publication year.</item>
/// <item>A bare weekday ("on Thursday") or month ("in November") follows the tense of its clause
/// (<see cref="TenseReader"/>): told in the past ("signed it on Friday", "resigned in November") it is the last such
/// day or month on or before publication; in the future ("will vote Thursday", "is expected to plead on Wednesday")
/// the next on or after it. With no tense to go by, a weekday is the nearest such day within three days either side
/// of publication and a month the nearest such month. "last Thursday" is 1–7 days before, "next Thursday" 1–7 days after.</item>
/// <item>"last/this/next week" are ISO weeks (Monday–Sunday) around the publication date.</item>
/// </list>
/// </summary>
internal static class DateResolver
{
    public static int NearestYearForMonth(int month, DateOnly published)
    {
        int best = published.Year, bestDistance = int.MaxValue;
        foreach (int y in (int[])[published.Year - 1, published.Year, published.Year + 1])
        {
            int distance = Math.Abs((y * 12 + month) - (published.Year * 12 + published.Month));
            if (distance < bestDistance) { best = y; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>The year of a month named without one, on the side of publication the clause's tense gives.</summary>
    public static int YearForMonth(int month, ClauseTense tense, DateOnly published) => tense switch
    {
        ClauseTense.Past => month <= published.Month ? published.Year : published.Year - 1,
        ClauseTense.Future => month >= published.Month ? published.Year : published.Year + 1,
        _ => NearestYearForMonth(month, published),
    };

    /// <summary>The day a weekday named alone stands for, on the side of publication the clause's tense gives.</summary>
    public static DateOnly Weekday(DayOfWeek day, ClauseTense tense, DateOnly published)
    {
        int ahead = ((int)day - (int)published.DayOfWeek + 7) % 7; // 0..6 days ahead
        return tense switch
        {
            ClauseTense.Past => published.AddDays(ahead == 0 ? 0 : ahead - 7),
            ClauseTense.Future => published.AddDays(ahead),
            _ => Weekday(day, "", published),
        };
    }

    public static DateOnly? NearestDay(int month, int day, DateOnly published)
    {
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        foreach (int y in (int[])[published.Year - 1, published.Year, published.Year + 1])
        {
            if (!IsValid(y, month, day)) continue;
            var d = new DateOnly(y, month, day);
            int distance = Math.Abs(d.DayNumber - published.DayNumber);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }

    public static int YearForRelativeMonth(string relation, int month, DateOnly published) => relation switch
    {
        "last" => month < published.Month ? published.Year : published.Year - 1,
        "next" => month > published.Month ? published.Year : published.Year + 1,
        _ => published.Year,
    };

    public static DateOnly Weekday(DayOfWeek day, string relation, DateOnly published)
    {
        int delta = ((int)day - (int)published.DayOfWeek + 7) % 7; // 0..6 days ahead
        return relation switch
        {
            "last" => published.AddDays(delta == 0 ? -7 : delta - 7),
            "next" => published.AddDays(delta == 0 ? 7 : delta),
            _ => published.AddDays(delta <= 3 ? delta : delta - 7),
        };
    }

    public static DateOnly MondayOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
