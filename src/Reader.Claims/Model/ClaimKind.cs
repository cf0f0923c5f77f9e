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
    /// <summary>A vote or score for–against, as written: "312-104", "141 to 70". Not a range.</summary>
    Tally,
}
