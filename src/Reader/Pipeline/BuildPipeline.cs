using Reader.Analysis;
using Reader.Input;
using Reader.Parsing;
using Reader.Publishing;
using Reader.Rendering;
using Reader.Theming;

namespace Reader.Pipeline;

/// <summary>
/// The build, reading like the diagram in DESIGN.md:
/// Load → Parse (per article, parallel) → Analyse (the one corpus-wide barrier) → Render (per page,
/// parallel) → Publish (staging folder, then swap). Any error stops the build before Publish, so the
/// previous output stays as it was.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly LoadSources load = new();
    private readonly ParseArticles parse = new();
    private readonly AnalyseEdition analyse = new();
    private readonly PublishSite publish = new();

    /// <summary>Builds the site in memory (no writes). The preview server serves this directly.</summary>
    public BuildResult Render()
    {
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        try
        {
            var templates = timings.Time("theme", () => (ITemplateEngine)new ScribanTemplateEngine(options.ThemeDirectory));
            var input = timings.Time("load", () => load.Run(options.InputDirectory, diagnostics));
            var articles = timings.Time("parse", () => parse.Run(input, diagnostics));
            if (diagnostics.HasErrors) return Failed(diagnostics, timings);

            var edition = timings.Time("analyse", () => analyse.Run(articles, input.Config, options.IncludeDrafts, diagnostics));
            var render = new RenderPages(templates);
            var files = timings.Time("render", () =>
            {
                var urls = new SiteUrls(options.BaseUrl);
                var origin = options.OriginFor(input.Config);
                return render.Run(edition, options.BaseUrl)
                    .Concat(publish.DataFiles(edition, urls, origin))
                    .Concat(PublishSite.Assets(options.ThemeDirectory))
                    .ToList();
            });
            return new BuildResult(edition, files, diagnostics.All, timings);
        }
        catch (InputException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        return Failed(diagnostics, timings);
    }

    /// <summary>
    /// Builds and, when there is no error, publishes into the output folder. Unlike <see cref="Render"/>, pages
    /// are written into the staging folder as they are rendered (render and publish overlap, and a 10,000-article
    /// edition never sits in memory as pages), so the result's Files is empty. The staging folder is swapped in
    /// only when every file is written; a failure before that leaves the output as it was.
    /// </summary>
    public BuildResult Build()
    {
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        try
        {
            var templates = timings.Time("theme", () => (ITemplateEngine)new ScribanTemplateEngine(options.ThemeDirectory));
            // Only the config outlives Parse: the loaded texts (~100 MB at 10,000 articles) are garbage from here on.
            var (articles, config) = ParseFrom(timings.Time("load", () => load.Run(options.InputDirectory, diagnostics)), timings, diagnostics);
            if (diagnostics.HasErrors) return Failed(diagnostics, timings);

            var edition = timings.Time("analyse", () => analyse.Run(articles, config, options.IncludeDrafts, diagnostics));
            // Analyse only warns today; should it ever report an error, nothing may be published.
            if (diagnostics.HasErrors) return Failed(diagnostics, timings);
            foreach (var article in articles) article.ReleaseAfterAnalysis();
            // The analysis' scratch (term strings, indexes) is garbage now, the edition itself lives to the end:
            // one compacting collection here returns that memory (peak RSS 2.1 → 1.5 GB at 10,000 articles).
            timings.Time("collect", () => { GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true); return 0; });
            using var staging = new StagingFolder(options.OutputDirectory);
            var writer = new SiteWriter(staging.Root);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var renderTime = new RenderPages(templates).RunEach(edition, options.BaseUrl, writer.Write, releaseDocuments: true);
            var urls = new SiteUrls(options.BaseUrl);
            var origin = options.OriginFor(config);
            publish.WriteDataFiles(edition, urls, origin, writer);
            foreach (var asset in PublishSite.Assets(options.ThemeDirectory)) writer.Write(asset);
            var overlapped = watch.Elapsed;
            // Render and write ran together on every core: split their shared wall time by the time each took
            // (summed over threads), so the stage figures still add up to the build's wall time.
            var writeTime = writer.WriteTime;
            double renderShare = renderTime.Ticks + writeTime.Ticks == 0 ? 1 : (double)renderTime.Ticks / (renderTime.Ticks + writeTime.Ticks);
            timings.Record("render", overlapped * renderShare);
            timings.Time("publish", () => { staging.Commit(); return 0; });
            timings.Record("publish", overlapped * (1 - renderShare));
            return new BuildResult(edition, [], diagnostics.All, timings);
        }
        catch (InputException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        return Failed(diagnostics, timings);
    }

    private (IReadOnlyList<Article> Articles, EditionConfig Config) ParseFrom(LoadedInput input, StageTimings timings, Diagnostics diagnostics) =>
        (timings.Time("parse", () => parse.Run(input, diagnostics)), input.Config);

    private static BuildResult Failed(Diagnostics diagnostics, StageTimings timings) =>
        new(null, [], diagnostics.All, timings);
}
