namespace Reader.Checking;

/// <summary>What a URL in a page turned out to be once resolved the way a browser would.</summary>
internal enum ResolvedUrlKind
{
    /// <summary>Points into this site; <see cref="ResolvedUrl.Path"/> is usable.</summary>
    Internal,
    /// <summary>Another origin or a non-navigational scheme (mailto:, data:, ...); not checked.</summary>
    External,
    /// <summary>Same origin but not under the base URL, so the browser would leave the site's folder.</summary>
    OutsideBase,
    /// <summary>Could not be parsed as a URL at all.</summary>
    Malformed,
    /// <summary>A scheme outside the allow-list (javascript:, data:, …): may run script or reach the reader's machine.</summary>
    Unsafe,
}
