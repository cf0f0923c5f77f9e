namespace Reader.Claims.Extraction.Lexicons;

/// <summary>Duration units, singular and plural, mapped to the singular unit name claims carry.</summary>
internal static class TimeUnits
{
    public static readonly WordMap<string> Names = new(new Dictionary<string, string>
    {
        ["year"] = "year", ["years"] = "year", ["month"] = "month", ["months"] = "month",
        ["week"] = "week", ["weeks"] = "week", ["day"] = "day", ["days"] = "day",
        ["hour"] = "hour", ["hours"] = "hour", ["minute"] = "minute", ["minutes"] = "minute",
        ["decade"] = "decade", ["decades"] = "decade", ["century"] = "century", ["centuries"] = "century",
    });
}
