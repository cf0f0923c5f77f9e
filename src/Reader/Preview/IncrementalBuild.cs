using System.Diagnostics;
using Reader.Analysis;
using Reader.Input;
using Reader.Pipeline;
using Reader.Publishing;
using Reader.Rendering;
using Reader.Rendering.Pages;
using Reader.Theming;

namespace Reader.Preview;

/// <summary>
/// The build pipeline of <see cref="BuildPipeline.Render"/>, kept warm between edits: the theme is
/// compiled once per theme change, articles are re-parsed only when their text changed, the corpus
/// analysis re-runs in full (it is the cheap barrier), and article pages are re-rendered only when
/// their <see cref="ArticlePageFingerprint"/> moved. Index, sources, comparison, 404 and data files are
/// always re-rendered: nearly any edit can change them. Not thread-safe: one rebuild at a time.
/// </summary>
public sealed class IncrementalBuild(BuildOptions options)
{
    private readonly LoadSources load = new();
    private readonly ParsedArticleCache articles = new();
    private readonly AnalyseEdition analyse = new();
    private readonly PublishSite publish = new();

    private ITemplateEngine? templates;
    private IReadOnlyList<SiteFile>? assets;
    private int themeGeneration;
    /// <summary>Article pages of the last good build by article id: the fingerprint they were rendered for, their path and bytes.</summary>
    private Dictionary<string, (string Fingerprint, SiteFile Page)> articlePages = new(StringComparer.Ordinal);
    private SiteSnapshot? last;

    public BuildOptions Options => options;

    /// <summary>The last good site, or null before the first successful build.</summary>
    public SiteSnapshot? Last => last;

    /// <summary>The theme (templates and assets) changed: recompile it and re-render every page on the next rebuild.</summary>
    public void InvalidateTheme()
    {
        templates = null;
        assets = null;
    }

    public RebuildOutcome Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        try
        {
            if (templates is null)
            {
                templates = timings.Time("theme", () => new HandlebarsTemplateEngine(options.ThemeDirectory));
                assets = PublishSite.Assets(options.ThemeDirectory).ToList();
                themeGeneration++;
            }
            var input = timings.Time("load", () => load.Run(options.InputDirectory, diagnostics));
            var parsed = timings.Time("parse", () => articles.Update(input, diagnostics));
            if (diagnostics.HasErrors) return Failed(diagnostics, clock, timings);

            var edition = timings.Time("analyse", () => analyse.Run(parsed, input.Config, options.IncludeDrafts, diagnostics));
            var (files, rendered, pages) = Render(edition, input.Config, timings);
            var (site, changed) = timings.Time("compare", () =>
            {
                var snapshot = new SiteSnapshot(files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
                return (snapshot, Changed(last, snapshot));
            });
            last = site;
            articlePages = pages;
            return new RebuildOutcome(site, diagnostics.All, changed, articles.LastParsedCount, rendered, clock.Elapsed, timings);
        }
        catch (InputException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
            // A template that compiled but fails on some page must be compiled afresh once fixed.
            InvalidateTheme();
        }
        catch (IOException e)
        {
            // An editor may still hold the file: the watcher fires again when it is done.
            diagnostics.Error(options.InputDirectory, null, e.Message);
        }
        return Failed(diagnostics, clock, timings);
    }

    private (List<SiteFile> Files, int Rendered, Dictionary<string, (string, SiteFile)> Pages) Render(Edition edition, EditionConfig config, StageTimings timings)
    {
        var render = new RenderPages(templates!);
        var context = render.Context(edition, options.BaseUrl);
        var builder = new ArticlePageBuilder(context);
        var frame = ArticlePageFingerprint.Frame(edition, options.BaseUrl, themeGeneration);
        var list = edition.Articles;
        var pages = new (string Fingerprint, SiteFile Page)[list.Count];
        int rendered = 0;
        timings.Time("articles", () => Parallel.For(0, list.Count, i =>
        {
            var article = list[i];
            var fingerprint = ArticlePageFingerprint.Of(edition, i, frame);
            if (articlePages.TryGetValue(article.Id, out var old) && old.Fingerprint == fingerprint)
            {
                pages[i] = old;
                return;
            }
            pages[i] = (fingerprint, builder.Build(article, i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null));
            Interlocked.Increment(ref rendered);
        }));

        var files = new List<SiteFile>(list.Count + 16);
        files.AddRange(pages.Select(p => p.Page));
        timings.Time("index", () => { files.Add(new IndexPageBuilder(context).Build()); return 0; });
        timings.Time("sources", () => { files.Add(new SourcesPageBuilder(context).Build()); return 0; });
        timings.Time("claims", () => { files.AddRange(new ComparisonPageBuilder(context).Build()); return 0; });
        files.Add(new NotFoundPageBuilder(context).Build());
        var origin = (options.SiteUrl ?? config.Url ?? "http://localhost").TrimEnd('/');
        timings.Time("data", () => { files.AddRange(publish.DataFiles(edition, context.Urls, origin)); return 0; });
        files.AddRange(assets!);

        var byId = new Dictionary<string, (string, SiteFile)>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++) byId[list[i].Id] = pages[i];
        return (files, rendered, byId);
    }

    private static List<string> Changed(SiteSnapshot? before, SiteSnapshot after)
    {
        var changed = new List<string>();
        foreach (var (path, bytes) in after.Files)
            if (before?.Find(path) is not { } old || !old.AsSpan().SequenceEqual(bytes)) changed.Add(path);
        if (before is not null)
            foreach (var path in before.Files.Keys)
                if (!after.Contains(path)) changed.Add(path);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private RebuildOutcome Failed(Diagnostics diagnostics, Stopwatch clock, StageTimings timings) =>
        new(null, diagnostics.All, [], articles.LastParsedCount, 0, clock.Elapsed, timings);
}
