namespace Reader.Claims.Extraction;

/// <summary>Whether the clause around a date tells of the past or the future (see <see cref="TenseReader"/>).</summary>
internal enum ClauseTense
{
    /// <summary>No verb near the date says: the date is placed nearest publication.</summary>
    Unknown,
    Past,
    Future,
}
