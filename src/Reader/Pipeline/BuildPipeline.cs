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
            var templates = timings.Time("theme", () => (ITemplateEngine)new HandlebarsTemplateEngine(options.ThemeDirectory));
            var input = timings.Time("load", () => load.Run(options.InputDirectory, diagnostics));
            var articles = timings.Time("parse", () => parse.Run(input, diagnostics));
            if (diagnostics.HasErrors) return Failed(diagnostics, timings);

            var edition = timings.Time("analyse", () => analyse.Run(articles, input.Config, options.IncludeDrafts, diagnostics));
            var render = new RenderPages(templates);
            var files = timings.Time("render", () =>
            {
                var urls = new SiteUrls(options.BaseUrl);
                var origin = (options.SiteUrl ?? input.Config.Url ?? "http://localhost").TrimEnd('/');
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

    /// <summary>Builds and, when there is no error, publishes into the output folder.</summary>
    public BuildResult Build()
    {
        var result = Render();
        if (!result.Succeeded) return result;
        result.Timings.Time("publish", () => { publish.Run(result.Files, options.OutputDirectory); return 0; });
        return result;
    }

    private static BuildResult Failed(Diagnostics diagnostics, StageTimings timings) =>
        new(null, [], diagnostics.All, timings);
}
