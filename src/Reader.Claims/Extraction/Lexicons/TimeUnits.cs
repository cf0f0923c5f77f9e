namespace Reader.Claims.Extraction.Lexicons;

/// <summary>Duration units, singular and plural, mapped to the singular unit name claims carry.</summary>
internal static class TimeUnits
{
    public static readonly WordMap<string> Names = new(new Dictionary<string, string>
    {
        ["year"] = "year", ["years"] = "year", ["month"] = "month", ["months"] = "month",
        ["week"] = "week", ["weeks"] = "week", ["day"] = "day", ["days"] = "day",
        ["hour"] = "hour", ["hours"] = "hour", ["minute"] = "minute", ["minutes"] = "minute",
        ["second"] = "second", ["seconds"] = "second",
        ["decade"] = "decade", ["decades"] = "decade", ["century"] = "century", ["centuries"] = "century",
    });

    /// <summary>
    /// Singular units that a duration of exactly one can be written with: "a week", "month-long", "yearlong".
    /// Not "second": "a second" is nearly always the ordinal ("a second term").
    /// </summary>
    public static readonly WordSet Singular = new(
        "minute", "hour", "day", "week", "month", "year", "decade", "century");

    /// <summary>Closed compounds of one unit and "long": "daylong", "weeklong", "monthlong", "yearlong".</summary>
    public static readonly WordMap<string> LongCompounds = new(
        Singular.Words.Select(u => KeyValuePair.Create(u + "long", u.ToLowerInvariant())));
}
