namespace Reader.Claims.Extraction.Lexicons;

/// <summary>Month and weekday names with their usual abbreviations.</summary>
internal static class Months
{
    public static readonly WordMap<int> Names = new(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    /// <summary>Weekdays, valued as <see cref="DayOfWeek"/>.</summary>
    public static readonly WordMap<DayOfWeek> Weekdays = new(new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    });
}
