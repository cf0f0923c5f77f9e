using System.Diagnostics;
using Reader.Analysis;
using Reader.Changes;
using Reader.Input;
using Reader.Parsing;
using Reader.Publishing;
using Reader.Rendering;
using Reader.Verdicts;

namespace Reader.Pipeline;

/// <summary>
/// The build, declared once: Load → Parse → Analyse → Verdicts → Changes → Render → Publish, each stage a class with one job —
/// <see cref="LoadSources"/> (folder → files), <see cref="ParseArticles"/> (files → articles, in parallel),
/// <see cref="AnalyseEdition"/> (articles → edition: the one corpus-wide barrier), <see cref="ApplyVerdicts"/>
/// (the editors' verdicts from edition.yml applied to the engine's comparisons), <see cref="CompareWithPrevious"/>
/// (this build's claims against the claims.json of the build in the output folder, read before it is replaced), <see cref="RenderPages"/>
/// (edition → site files, in parallel) and an <see cref="ISitePublisher"/> (site files → where they go).
/// The same sequence runs three ways: <see cref="Build"/> into a staging folder swapped in at the end,
/// <see cref="Render"/> into memory, and the preview's incremental rebuilds, which supply
/// <see cref="BuildCaches"/> from outside the stages and a publisher that serves each part as it is made.
/// Expected failures become diagnostics in <see cref="BuildGuard"/>; any error stops the run before the
/// site is committed, so the previous output stays as it was.
/// </summary>
public sealed class BuildPipeline
{
    private readonly BuildOptions options;
    private readonly BuildCaches caches;
    private readonly LoadSources load;
    private readonly ParseArticles parse;
    private readonly AnalyseEdition analyse;
    private readonly ApplyVerdicts verdicts = new();
    private readonly CompareWithPrevious changes;
    private readonly RenderPages render;

    public BuildPipeline(BuildOptions options, BuildCaches? caches = null)
    {
        this.options = options;
        this.caches = caches ?? BuildCaches.None();
        load = new LoadSources(this.caches.SourceFiles, options.InputPolicy);
        parse = new ParseArticles(this.caches.Articles);
        analyse = new AnalyseEdition(this.caches.Comparer is { } comparer ? comparer.Compare : null);
        changes = new CompareWithPrevious(this.caches.PreviousBuild);
        render = new RenderPages(this.caches.ArticlePages);
    }

    /// <summary>
    /// Builds into the output folder: every file is written into a staging folder as it is rendered, and the
    /// staging folder replaces the output only when the whole site is written. The result's Files is empty.
    /// </summary>
    public BuildResult Build()
    {
        using var publisher = new StagingPublisher(options.OutputDirectory);
        return Run(publisher);
    }

    /// <summary>Builds the site in memory (nothing written): every file in the result's Files.</summary>
    public BuildResult Render()
    {
        var publisher = new MemoryPublisher();
        var result = Run(publisher);
        return result.Succeeded ? result with { Files = publisher.Files } : result;
    }

    /// <summary>Runs every stage, publishing through <paramref name="publisher"/>.</summary>
    public BuildResult Run(ISitePublisher publisher) => Run(publisher, new Diagnostics(), new StageTimings());

    /// <summary>The same, collecting into the caller's diagnostics and timings, which a publisher may read as parts are published.</summary>
    public BuildResult Run(ISitePublisher publisher, Diagnostics diagnostics, StageTimings timings)
    {
        // A template that compiled but fails on some page is compiled afresh next time, once it may be fixed.
        var edition = BuildGuard.Run(diagnostics, LoadSources.DisplayPath(options.InputDirectory), () => Stages(publisher, diagnostics, timings), caches.Theme.Invalidate);
        return new BuildResult(edition, [], diagnostics.All, timings);
    }

    private Edition? Stages(ISitePublisher publisher, Diagnostics diagnostics, StageTimings timings)
    {
        var theme = timings.Time("theme", () => caches.Theme.Get(options.ThemeDirectory));
        var (articles, config) = LoadAndParse(diagnostics, timings);
        if (diagnostics.HasErrors) return null;

        var analysed = timings.Time("analyse", () => analyse.Run(articles, config, options.IncludeDrafts, diagnostics));
        // An empty site would replace a good one: an edition of drafts only is no more a build than an empty folder.
        if (analysed.Articles.Count == 0)
            diagnostics.Error(LoadSources.DisplayPath(options.InputDirectory), null, "no articles to build: every article is a draft (--drafts includes them)");
        if (diagnostics.HasErrors) return null;
        var verdicted = timings.Time("verdicts", () => verdicts.Run(analysed, diagnostics));
        var edition = timings.Time("changes", () => changes.Run(verdicted, options.OutputDirectory, diagnostics));
        // Verdicts and changes only warn today; should either ever report an error, nothing may be published.
        if (diagnostics.HasErrors) return null;
        if (caches.OneShot) ReleaseAfterAnalysis(articles, edition, timings);

        var context = PageContext.For(edition, options.BaseUrl, theme.Templates, options.SiteUrl ?? config.Url);
        var origin = options.OriginFor(config);
        foreach (var part in RenderPages.Parts)
        {
            var clock = Stopwatch.StartNew();
            var writtenBefore = publisher.WriteTime;
            var rendering = render.Run(part, context, theme, origin, publisher.Open(part), releaseDocuments: caches.OneShot);
            SplitRenderAndPublish(clock.Elapsed, rendering, publisher.WriteTime - writtenBefore, timings);
            timings.Time("publish", () => publisher.Close(part));
        }
        timings.Time("publish", publisher.Commit);
        return edition;
    }

    /// <summary>Only the config outlives Parse: the loaded texts (~100 MB at 10,000 articles) are garbage from here on.</summary>
    private (IReadOnlyList<Article> Articles, EditionConfig Config) LoadAndParse(Diagnostics diagnostics, StageTimings timings)
    {
        var input = timings.Time("load", () => load.Run(options.InputDirectory, diagnostics));
        return (timings.Time("parse", () => parse.Run(input, diagnostics)), input.Config);
    }

    /// <summary>Drops what only Parse and Analyse needed, when no later run reuses the articles.</summary>
    private static void ReleaseAfterAnalysis(IReadOnlyList<Article> articles, Edition edition, StageTimings timings)
    {
        foreach (var article in articles) article.ReleaseAfterAnalysis();
        // The comparison page's rows are made when first asked for (the preview reloads before making them), and
        // until then the comparison holds the whole index and every claim's findings to make them from: ~300 MB at
        // 10,000 articles. A one-shot build makes them now, the same rows, so the collection below returns that too.
        timings.Time("analyse", () => _ = edition.Comparison.Subjects);
        // The analysis' scratch (term strings, indexes) is garbage now, the edition itself lives to the end:
        // one compacting collection here returns that memory (peak RSS 2.1 → 1.5 GB at 10,000 articles).
        timings.Time("collect", () => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));
    }

    /// <summary>
    /// A folder build writes while it renders, on every core: their shared wall time is split by the time
    /// each took (summed over threads), so the stage figures still add up to the build's wall time.
    /// </summary>
    private static void SplitRenderAndPublish(TimeSpan wall, TimeSpan rendering, TimeSpan writing, StageTimings timings)
    {
        double share = rendering.Ticks + writing.Ticks == 0 ? 1 : (double)rendering.Ticks / (rendering.Ticks + writing.Ticks);
        timings.Record("render", wall * share);
        timings.Record("publish", wall * (1 - share));
    }
}
