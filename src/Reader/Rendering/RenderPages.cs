using Reader.Pipeline;
using Reader.Publishing;
using Reader.Rendering.Caching;
using Reader.Rendering.Data;
using Reader.Rendering.Pages;
using Reader.Rendering.Search;
using Reader.Theming;

namespace Reader.Rendering;

/// <summary>
/// Stage 4, Render: every file of the site, handed to the Publish stage's sink as soon as it is made — and
/// the site's catalogue: which pages and data files a build makes is written here and nowhere else. Article
/// pages render in parallel.
/// </summary>
/// <param name="articlePages">Pages of an earlier run, taken over while their inputs are unchanged (the preview keeps one).</param>
public sealed class RenderPages(ArticlePageCache? articlePages = null)
{
    /// <summary>The parts of the site, in the order they are rendered and published.</summary>
    public static readonly IReadOnlyList<SitePart> Parts = [SitePart.Pages, SitePart.EditionWide];

    /// <summary>Renders one part of the site into <paramref name="sink"/>.</summary>
    /// <param name="origin">Absolute origin for sitemap.xml and feed.xml.</param>
    /// <param name="releaseDocuments">Drop each article's Markdig tree once its page is made (when no later run reuses the articles).</param>
    /// <returns>Time spent rendering, summed over threads; the sink's writes are not counted.</returns>
    public TimeSpan Run(SitePart part, PageContext context, CompiledTheme theme, string origin, ISiteSink sink, bool releaseDocuments)
    {
        var meter = new RenderMeter(sink);
        var edition = context.Edition;
        var urls = context.Urls;
        switch (part)
        {
            case SitePart.Pages:
                bodies = new ArticleBodies(edition.Articles.Count, FeedWriter.Entries(edition));
                ArticlePages(context, theme, meter, releaseDocuments);
                meter.Emit(() => [new IndexPageBuilder(context).Build()]);
                meter.Emit(() => [new NotFoundPageBuilder(context).Build()]);
                meter.Emit(() => theme.Assets);
                break;
            case SitePart.EditionWide:
                meter.Emit(() => [new SourcesPageBuilder(context).Build()]);
                meter.Emit(() => new ComparisonPageBuilder(context).Build());
                meter.Emit(() => [new ChangesPageBuilder(context).Build()]);
                meter.Emit(() => new DisagreementsPageBuilder(context).Build());
                meter.Emit(() => new BrowsePageBuilder(context).Build());
                meter.Emit(() => new SearchPageBuilder(context).Build());
                new SearchIndexBuilder(context).Emit(meter);
                // Streamed into the sink: at scale the largest file of the site, never held whole.
                sink.Write("claims.json", stream => ClaimsJsonWriter.Write(edition, urls, stream));
                meter.Emit(() => [new SiteFile("sitemap.xml", SitemapWriter.Write(edition, urls, origin, ListedPages(context)))]);
                meter.Emit(() => [new SiteFile("feed.xml", FeedWriter.Write(edition, urls, origin, Bodies(context)))]);
                bodies = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, null);
        }
        return meter.Rendering;
    }

    /// <summary>
    /// Article bodies as their pages rendered them, kept from the pages part for the feed, which carries each
    /// article in full: a one-shot build lets each article's tree go once its page is written.
    /// </summary>
    private ArticleBodies? bodies;

    /// <summary>Pages besides the front page, sources, the first comparison page and articles that the sitemap lists: every page of every series.</summary>
    private static IEnumerable<string> ListedPages(PageContext context)
    {
        var urls = context.Urls;
        int subjects = context.Edition.Comparison.Subjects.Count;
        return ComparisonPageBuilder.Paging(subjects).Urls(urls.ClaimsPage).Skip(1)
            .Concat(DisagreementsPageBuilder.Paging(context.Figures.Disagreements.Count).Urls(urls.DisagreementsPage))
            .Concat(BrowsePageBuilder.Urls(context.Browse, urls))
            .Concat(SearchPageBuilder.Paging(subjects).Urls(urls.SearchPage));
    }

    /// <summary>Each article's body: as its page was rendered this run, else rendered now (a page the preview took over).</summary>
    private Func<int, string> Bodies(PageContext context)
    {
        var kept = bodies;
        var builder = new ArticlePageBuilder(context);
        return i => kept?.Get(i) ?? builder.RenderBody(context.Edition.Articles[i]);
    }

    private void ArticlePages(PageContext context, CompiledTheme theme, RenderMeter meter, bool releaseDocuments)
    {
        var builder = new ArticlePageBuilder(context, bodies);
        var articles = context.Edition.Articles;
        if (articlePages is not null)
        {
            meter.Emit(() => articlePages.Pages(context, theme, i => builder.Build(articles, i)));
            return;
        }
        ParallelErrors.Unwrap(() => Parallel.For(0, articles.Count, i => meter.Emit(() =>
        {
            var page = builder.Build(articles, i);
            if (releaseDocuments) articles[i].ReleaseDocument();
            return [page];
        })));
    }
}
