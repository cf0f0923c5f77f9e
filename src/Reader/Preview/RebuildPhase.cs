namespace Reader.Preview;

/// <summary>Which part of a rebuild an outcome reports; see <see cref="IncrementalBuild"/>.</summary>
public enum RebuildPhase
{
    /// <summary>Both phases, as <see cref="IncrementalBuild.Rebuild()"/> reports them.</summary>
    Complete,
    /// <summary>Up to the site's pages part (<see cref="Rendering.SitePart.Pages"/>): what an edited page's reload waits for.</summary>
    Pages,
    /// <summary>The edition-wide pages and data that follow (<see cref="Rendering.SitePart.EditionWide"/>).</summary>
    Deferred,
}
