using System.Collections.Concurrent;
using Reader.Analysis;
using Reader.Pipeline;
using Reader.Rendering.Pages;
using Reader.Theming;

namespace Reader.Rendering;

/// <summary>
/// Stage 4, Render: every page of the site, article pages in parallel. Produces files in memory;
/// writing them is the Publish stage's job.
/// </summary>
public sealed class RenderPages(ITemplateEngine templates)
{
    public IReadOnlyList<SiteFile> Run(Edition edition, string baseUrl)
    {
        var pages = new ConcurrentBag<SiteFile>();
        RunEach(edition, baseUrl, pages.Add);
        return pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The same pages as <see cref="Run"/>, each handed to <paramref name="sink"/> (from several threads) as soon
    /// as it is rendered instead of collected: a full build writes pages while others render, and never holds
    /// the whole site in memory. Returns the time spent rendering, summed over threads, sink calls excluded.
    /// </summary>
    /// <param name="releaseDocuments">Drop each article's Markdig tree once its page is built (one-shot builds only).</param>
    public TimeSpan RunEach(Edition edition, string baseUrl, Action<SiteFile> sink, bool releaseDocuments = false)
    {
        var context = Context(edition, baseUrl);
        var articles = new ArticlePageBuilder(context);
        var list = edition.Articles;
        long renderTicks = 0;
        void Emit(Func<IEnumerable<SiteFile>> build)
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            var pages = build().ToList();
            Interlocked.Add(ref renderTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
            foreach (var page in pages) sink(page);
        }
        ParallelErrors.Unwrap(() => Parallel.For(0, list.Count, i => Emit(() =>
        {
            var page = articles.Build(list, i);
            if (releaseDocuments) list[i].ReleaseDocument();
            return [page];
        })));
        Emit(() => [new IndexPageBuilder(context).Build()]);
        Emit(() => [new SourcesPageBuilder(context).Build()]);
        Emit(() => new ComparisonPageBuilder(context).Build());
        Emit(() => [new NotFoundPageBuilder(context).Build()]);
        return System.Diagnostics.Stopwatch.GetElapsedTime(0, renderTicks);
    }

    public PageContext Context(Edition edition, string baseUrl)
    {
        var urls = new SiteUrls(baseUrl);
        return new PageContext(edition, urls, PageContext.SiteViewOf(edition, urls), templates);
    }
}
