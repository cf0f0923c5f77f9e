namespace Reader.Claims.Comparison;

/// <summary>A claim made ready for matching: interned, sorted term ids and its value interval.</summary>
internal sealed class PreparedClaim
{
    /// <summary>Position in the edition's claims; moves when an earlier article is replaced with more or fewer claims.</summary>
    public required int Index { get; set; }
    public required int Article { get; init; }
    public required ClaimInput Input { get; init; }
    /// <summary>Interned <see cref="ComparabilityKey"/>; claims compare only within one key.</summary>
    public required int Key { get; init; }
    public required bool Headless { get; init; }
    /// <summary>Null when the figure has no usable value: it can be mentioned but not compared.</summary>
    public required ValueInterval? Interval { get; init; }
    /// <summary>Subject terms (sorted ids), the figure's own words removed.</summary>
    public required int[] Terms { get; init; }
    /// <summary>Summed weight of <see cref="Terms"/> (fixed-point, <see cref="TermTable.WeightScale"/>).</summary>
    public required long Weight { get; set; }
    /// <summary>Clause words next to the figure (sorted ids), the counted noun removed.</summary>
    public required int[] Local { get; init; }
    /// <summary>Up to four terms each side of the figure, across commas (sorted ids).</summary>
    public required int[] Near { get; init; }
    /// <summary>Those of <see cref="Near"/> that come from capitalised words inside the sentence: names.</summary>
    public required int[] NearNames { get; init; }
    /// <summary>The word beside the figure that says what happened ("killed"), or -1.</summary>
    public required int Event { get; init; }
    /// <summary>Interned stemmed head, or -1.</summary>
    public required int Head { get; init; }
    public required int Sentence { get; set; }
}
