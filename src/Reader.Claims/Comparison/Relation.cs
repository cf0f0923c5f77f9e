namespace Reader.Claims.Comparison;

/// <summary>How another article's text relates to a claim. Serialised in lower case.</summary>
public enum Relation
{
    /// <summary>The same subject and a compatible figure, allowing for hedges and rounding.</summary>
    Agrees,
    /// <summary>The same subject and an incompatible figure.</summary>
    Differs,
    /// <summary>The other article discusses the subject but gives no figure for it.</summary>
    Mentions,
}
