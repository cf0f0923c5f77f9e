using System.Diagnostics;
using Reader.Pipeline;
using Reader.Rendering;

namespace Reader.Preview;

/// <summary>
/// The build pipeline run the preview's way: with <see cref="BuildCaches"/> kept between edits (files read,
/// articles parsed, the comparison, article pages, the compiled theme), so an edit reads, parses, compares
/// and renders again only what it changed, and with a <see cref="PreviewPublisher"/> that serves the site's
/// pages part as soon as it is made, before the edition-wide part. Not thread-safe: one rebuild at a time.
/// </summary>
public sealed class IncrementalBuild
{
    private readonly BuildCaches caches = BuildCaches.ForPreview();
    private readonly PreviewPublisher publisher = new();
    private readonly BuildPipeline pipeline;

    public IncrementalBuild(BuildOptions options) => pipeline = new BuildPipeline(options, caches);

    /// <summary>The site as last served: null before the first successful build.</summary>
    public SiteSnapshot? Last => publisher.Last;

    /// <summary>The theme (templates and assets) changed: recompile it, and re-render every page, on the next rebuild.</summary>
    public void InvalidateTheme() => caches.Theme.Invalidate();

    /// <summary>A whole rebuild as one outcome: every changed path, and the final site.</summary>
    public RebuildOutcome Rebuild() => Rebuild(null);

    /// <summary>
    /// Rebuilds. With <paramref name="pagesPublished"/>, the outcome of the pages part goes there as soon as
    /// it is served, and the outcome returned is the edition-wide part's (<see cref="RebuildPhase.Deferred"/>);
    /// without, one outcome covers both (<see cref="RebuildPhase.Complete"/>). A failure is returned in the phase it
    /// happened in, and the last good site stays served.
    /// </summary>
    public RebuildOutcome Rebuild(Action<RebuildOutcome>? pagesPublished)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        RebuildOutcome? pages = null;
        StageTimings? timingsAtPages = null;
        IReadOnlyList<string> editionWideChanged = [];
        publisher.Published = (part, site, changed) =>
        {
            if (part == SitePart.EditionWide)
            {
                editionWideChanged = changed;
                return;
            }
            timingsAtPages = timings.Copy();
            pages = new RebuildOutcome(site, diagnostics.All, changed, ParsedCount, caches.ArticlePages!.LastRenderedCount, clock.Elapsed, timingsAtPages)
            {
                Phase = RebuildPhase.Pages,
            };
            pagesPublished?.Invoke(pages);
        };
        var result = pipeline.Run(publisher, diagnostics, timings);
        publisher.Published = null;

        if (!result.Succeeded)
            return new RebuildOutcome(null, result.Diagnostics, [], ParsedCount, 0, clock.Elapsed, timings)
            {
                Phase = pages is null ? RebuildPhase.Pages : RebuildPhase.Deferred,
            };
        if (pagesPublished is not null)
            return new RebuildOutcome(publisher.Last, result.Diagnostics, editionWideChanged, 0, 0, clock.Elapsed - pages!.Elapsed, timings.Since(timingsAtPages!))
            {
                Phase = RebuildPhase.Deferred,
            };
        return new RebuildOutcome(publisher.Last, result.Diagnostics, pages!.ChangedPaths.Union(editionWideChanged).Order(StringComparer.Ordinal).ToList(),
            pages.ArticlesParsed, pages.PagesRendered, clock.Elapsed, timings);
    }

    private int ParsedCount => caches.Articles!.LastParsedCount;
}
