namespace Reader.Claims.Comparison;

/// <summary>
/// The ids one candidate scan read from one posting list: every entry from <see cref="Low"/> to
/// <see cref="High"/>, ends open (<see cref="int.MinValue"/>, <see cref="int.MaxValue"/>) where the scan ran
/// off the list. A change to the list outside the span cannot change what the scan found.
/// </summary>
internal readonly record struct ScanSpan(long List, int Low, int High)
{
    /// <summary>
    /// Whether entries in ids [<paramref name="start"/>, <paramref name="end"/>) were read, or new ones put there would
    /// be: read entries lie on both sides of an empty run, or the side it is on was read to its end.
    /// </summary>
    public bool Covers(int start, int end) => Low < end && High >= start;
}
