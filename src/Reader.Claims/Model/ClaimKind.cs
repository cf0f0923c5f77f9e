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
}
