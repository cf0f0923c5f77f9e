using System.Collections.Concurrent;
using Reader.Analysis;
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
        var context = Context(edition, baseUrl);
        var articles = new ArticlePageBuilder(context);
        var list = edition.Articles;
        var pages = new ConcurrentBag<SiteFile>();
        Parallel.For(0, list.Count, i =>
            pages.Add(articles.Build(list[i], i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null)));

        pages.Add(new IndexPageBuilder(context).Build());
        pages.Add(new SourcesPageBuilder(context).Build());
        foreach (var page in new ComparisonPageBuilder(context).Build()) pages.Add(page);
        pages.Add(new NotFoundPageBuilder(context).Build());
        return pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    public PageContext Context(Edition edition, string baseUrl)
    {
        var urls = new SiteUrls(baseUrl);
        return new PageContext(edition, urls, PageContext.SiteViewOf(edition, urls), templates);
    }
}
