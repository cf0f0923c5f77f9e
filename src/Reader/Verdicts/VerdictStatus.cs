namespace Reader.Verdicts;

/// <summary>What became of a verdict in this build.</summary>
public enum VerdictStatus
{
    /// <summary>It took effect: a comparison hidden, marked or added, a figure's note removed.</summary>
    Applied,
    /// <summary>A claim or sentence it names is no longer in the edition (its words or its sentence changed): warned, not applied.</summary>
    Stale,
    /// <summary>Both claims exist but no note shows the comparison it confirms or rejects: nothing to do.</summary>
    NotMade,
}
