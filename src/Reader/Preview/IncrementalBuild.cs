using System.Diagnostics;
using Reader.Analysis;
using Reader.Claims.Comparison;
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
/// analysis searches again only the claims an edit can have changed (<see cref="IncrementalComparer"/>),
/// and article pages are re-rendered only when their <see cref="ArticlePageInputs"/> moved.
/// <para>
/// A rebuild runs in two phases so the page being edited reloads first: <see cref="RebuildPages"/>
/// makes article pages, the home page, the 404 page and assets; <see cref="CompleteDeferred"/> then makes
/// the edition-wide pages and data (sources, comparisons, claims.json, sitemap, feed), which every edit
/// may change and which grow with the edition. Between the two, the previous build's edition-wide files
/// are served. <see cref="Rebuild"/> runs both. Not thread-safe: one rebuild at a time.
/// </para>
/// </summary>
public sealed class IncrementalBuild(BuildOptions options)
{
    private readonly LoadSources load = new();
    private readonly SourceFileCache sourceFiles = new();
    private readonly ParsedArticleCache articles = new();
    private readonly AnalyseEdition analyse = new(new IncrementalComparer().Compare);
    private readonly PublishSite publish = new();

    private ITemplateEngine? templates;
    private IReadOnlyList<SiteFile>? assets;
    private int themeGeneration;
    /// <summary>Article pages of the last good build by article id: the inputs they were rendered from, and the page.</summary>
    private Dictionary<string, (ArticlePageInputs Inputs, SiteFile Page)> articlePages = new(StringComparer.Ordinal);
    /// <summary>Title and slug of every article of the last good build: pages linking to one that changed must be re-rendered.</summary>
    private Dictionary<string, ArticleLink> links = new(StringComparer.Ordinal);
    /// <summary>Paths the second phase made last time: carried over into the first phase's snapshot until replaced.</summary>
    private HashSet<string> deferredPaths = new(StringComparer.Ordinal);
    private Func<StageTimings, IReadOnlyList<SiteFile>>? pending;
    private SiteSnapshot? last;

    /// <summary>The site as last served: null before the first successful build.</summary>
    public SiteSnapshot? Last => last;

    /// <summary>True between a successful <see cref="RebuildPages"/> and its <see cref="CompleteDeferred"/>.</summary>
    public bool HasDeferred => pending is not null;

    /// <summary>The theme (templates and assets) changed: recompile it and re-render every page on the next rebuild.</summary>
    public void InvalidateTheme()
    {
        templates = null;
        assets = null;
    }

    /// <summary>Both phases; the outcome lists every changed path and the final site.</summary>
    public RebuildOutcome Rebuild()
    {
        var pages = RebuildPages();
        if (!pages.Succeeded) return pages;
        var rest = CompleteDeferred()!;
        if (!rest.Succeeded) return rest;
        var timings = new StageTimings();
        foreach (var (stage, elapsed) in pages.Timings.Entries.Concat(rest.Timings.Entries)) timings.Record(stage, elapsed);
        return rest with
        {
            Diagnostics = pages.Diagnostics.Concat(rest.Diagnostics).Distinct().ToList(),
            ChangedPaths = pages.ChangedPaths.Union(rest.ChangedPaths).Order(StringComparer.Ordinal).ToList(),
            ArticlesParsed = pages.ArticlesParsed,
            PagesRendered = pages.PagesRendered,
            Elapsed = pages.Elapsed + rest.Elapsed,
            Timings = timings,
            Phase = RebuildPhase.Complete,
        };
    }

    /// <summary>Phase one: everything up to and including article pages.</summary>
    public RebuildOutcome RebuildPages()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        pending = null;
        return Guard(diagnostics, clock, timings, () =>
        {
            if (templates is null)
            {
                templates = timings.Time("theme", () => new ScribanTemplateEngine(options.ThemeDirectory));
                assets = PublishSite.Assets(options.ThemeDirectory).ToList();
                themeGeneration++;
            }
            var input = timings.Time("load", () => load.Run(options.InputDirectory, diagnostics, sourceFiles));
            var parsed = timings.Time("parse", () => articles.Update(input, diagnostics));
            if (diagnostics.HasErrors) return Failed(diagnostics, clock, timings);

            var edition = timings.Time("analyse", () => analyse.Run(parsed, input.Config, options.IncludeDrafts, diagnostics));
            var context = new RenderPages(templates).Context(edition, options.BaseUrl);
            var (files, rendered, pages, newLinks) = RenderArticles(context, timings);
            files.Add(timings.Time("index", () => new IndexPageBuilder(context).Build()));
            files.Add(new NotFoundPageBuilder(context).Build());
            files.AddRange(assets!);

            var carried = last is null ? [] : deferredPaths.Where(last.Contains).Select(p => new SiteFile(p, last.Find(p)!));
            var (site, changed) = timings.Time("compare", () => Swap(files.Concat(carried), keep: deferredPaths));
            articlePages = pages;
            links = newLinks;
            var origin = options.OriginFor(input.Config);
            pending = t => RenderDeferred(context, origin, t);
            return new RebuildOutcome(site, diagnostics.All, changed, articles.LastParsedCount, rendered, clock.Elapsed, timings);
        }) with { Phase = RebuildPhase.Pages };
    }

    /// <summary>Phase two, after a successful <see cref="RebuildPages"/>; null when there is nothing to complete.</summary>
    public RebuildOutcome? CompleteDeferred()
    {
        if (pending is not { } work) return null;
        pending = null;
        var clock = Stopwatch.StartNew();
        var diagnostics = new Diagnostics();
        var timings = new StageTimings();
        return Guard(diagnostics, clock, timings, () =>
        {
            var deferred = work(timings);
            var now = deferred.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var kept = last!.Files.Where(f => !deferredPaths.Contains(f.Key)).Select(f => new SiteFile(f.Key, f.Value));
            var (site, changed) = timings.Time("compare", () => Swap(kept.Concat(deferred), keep: new HashSet<string>()));
            deferredPaths = now;
            return new RebuildOutcome(site, diagnostics.All, changed, 0, 0, clock.Elapsed, timings);
        }) with { Phase = RebuildPhase.Deferred };
    }

    private IReadOnlyList<SiteFile> RenderDeferred(PageContext context, string origin, StageTimings timings)
    {
        var files = new List<SiteFile>();
        files.Add(timings.Time("sources", () => new SourcesPageBuilder(context).Build()));
        files.AddRange(timings.Time("claims", () => new ComparisonPageBuilder(context).Build().ToList()));
        files.AddRange(timings.Time("data", () => publish.DataFiles(context.Edition, context.Urls, origin)));
        return files;
    }

    private (List<SiteFile> Files, int Rendered, Dictionary<string, (ArticlePageInputs, SiteFile)> Pages, Dictionary<string, ArticleLink> Links)
        RenderArticles(PageContext context, StageTimings timings)
    {
        var edition = context.Edition;
        var builder = new ArticlePageBuilder(context);
        var frame = ArticlePageInputs.Frame(edition, options.BaseUrl, themeGeneration);
        var list = edition.Articles;
        var newLinks = list.ToDictionary(a => a.Id, ArticlePageInputs.LinkOf, StringComparer.Ordinal);
        var relinked = links.Where(l => !newLinks.TryGetValue(l.Key, out var now) || now != l.Value).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var pages = new (ArticlePageInputs Inputs, SiteFile Page)[list.Count];
        int rendered = 0;
        timings.Time("articles", () => ParallelErrors.Unwrap(() => Parallel.For(0, list.Count, i =>
        {
            var article = list[i];
            var inputs = ArticlePageInputs.Of(edition, i, frame);
            if (articlePages.TryGetValue(article.Id, out var old) && inputs.Same(old.Inputs, relinked))
            {
                pages[i] = (inputs, old.Page);
                return;
            }
            pages[i] = (inputs, builder.Build(list, i));
            Interlocked.Increment(ref rendered);
        })));

        var byId = new Dictionary<string, (ArticlePageInputs, SiteFile)>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++) byId[list[i].Id] = pages[i];
        return (pages.Select(p => p.Page).ToList(), rendered, byId, newLinks);
    }

    /// <summary>Makes <paramref name="files"/> the served site; lists paths whose bytes changed or that went away (except <paramref name="keep"/>'s, carried over as they were).</summary>
    private (SiteSnapshot Site, List<string> Changed) Swap(IEnumerable<SiteFile> files, IReadOnlySet<string> keep)
    {
        var site = new SiteSnapshot(files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
        var changed = new List<string>();
        foreach (var (path, bytes) in site.Files)
            if (!keep.Contains(path) && (last?.Find(path) is not { } old || !old.AsSpan().SequenceEqual(bytes))) changed.Add(path);
        if (last is not null)
            foreach (var path in last.Files.Keys)
                if (!site.Contains(path)) changed.Add(path);
        changed.Sort(StringComparer.Ordinal);
        last = site;
        return (site, changed);
    }

    /// <summary>Input and template errors become diagnostics; the last good site stays as it was.</summary>
    private RebuildOutcome Guard(Diagnostics diagnostics, Stopwatch clock, StageTimings timings, Func<RebuildOutcome> run)
    {
        try
        {
            return run();
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

    private RebuildOutcome Failed(Diagnostics diagnostics, Stopwatch clock, StageTimings timings) =>
        new(null, diagnostics.All, [], articles.LastParsedCount, 0, clock.Elapsed, timings);
}
