namespace Reader.Claims.Model;

/// <summary>What sort of figure a claim states. Serialised in lower case ("count", "money", …).</summary>
public enum ClaimKind
{
    Count,
    Money,
    Percent,
    Date,
    Year,
    Ordinal,
    Duration,
    /// <summary>A vote or score for–against, as written: "348-77", "134 to 63". Not a range.</summary>
    Tally,
}
