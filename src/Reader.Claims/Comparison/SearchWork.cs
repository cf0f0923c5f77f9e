namespace Reader.Claims.Comparison;

/// <summary>What an edit asks of one claim's findings (<see cref="AffectedClaims"/>).</summary>
internal enum SearchWork
{
    /// <summary>Still hold: carried over.</summary>
    Keep,
    /// <summary>Hold except for the replaced article's own candidates: weigh those again.</summary>
    Patch,
    /// <summary>Search again from scratch.</summary>
    Search,
}
