namespace Reader.Preview;

/// <summary>Which part of a rebuild an outcome reports; see <see cref="IncrementalBuild"/>.</summary>
public enum RebuildPhase
{
    /// <summary>Both phases, as <see cref="IncrementalBuild.Rebuild"/> runs them.</summary>
    Complete,
    /// <summary>Up to article pages: what an edited page's reload waits for.</summary>
    Pages,
    /// <summary>The edition-wide pages and data that follow.</summary>
    Deferred,
}
