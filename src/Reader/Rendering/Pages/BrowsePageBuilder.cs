using System.Globalization;
using Reader.Rendering.Browse;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// The browse pages of every kind the input gives: a list of the outlets (months, sections) and, for each, its
/// articles as cards, fifty a page.
/// </summary>
public sealed class BrowsePageBuilder(PageContext context)
{
    public const int PerPage = 50;

    public IEnumerable<SiteFile> Build()
    {
        var cards = new ArticleCards(context);
        foreach (var kind in context.Browse.Kinds)
        {
            yield return Index(kind);
            foreach (var group in context.Browse.Of(kind))
                foreach (var page in GroupPages(group, cards))
                    yield return page;
        }
    }

    /// <summary>Every page of the catalogue, as URLs (for the sitemap).</summary>
    public static IEnumerable<string> Urls(BrowseCatalogue browse, SiteUrls urls)
    {
        foreach (var kind in browse.Kinds)
        {
            yield return urls.BrowseIndex(kind);
            foreach (var group in browse.Of(kind))
                foreach (var url in Paging(group).Urls(page => urls.BrowseGroup(kind, group.Key, page)))
                    yield return url;
        }
    }

    private static Paging Paging(BrowseGroup group) => new(group.Articles.Count, PerPage);

    private SiteFile Index(BrowseKind kind)
    {
        var urls = context.Urls;
        var groups = context.Browse.Of(kind)
            .Select(g => new BrowseEntryView(g.Title, urls.BrowseGroup(kind, g.Key), Articles(g.Articles.Count)))
            .ToList();
        var others = context.Browse.Kinds.Where(k => k != kind).Select(k => new LinkView(BrowseNames.Plural(k), urls.BrowseIndex(k))).ToList();
        var heading = BrowseNames.Plural(kind);
        var intro = kind switch
        {
            BrowseKind.Month => "The edition's articles by month of publication, newest first.",
            BrowseKind.Outlet => "The edition's articles by the outlet that published them.",
            _ => "The edition's articles by section.",
        };
        var view = new BrowseIndexView(heading, intro, groups, others);
        return SiteFile.Text(urls.FileOf(urls.BrowseIndex(kind)), context.Page("browse-index", heading, "browse", null, view));
    }

    private IEnumerable<SiteFile> GroupPages(BrowseGroup group, ArticleCards cards)
    {
        var urls = context.Urls;
        var paging = Paging(group);
        string PageUrl(int page) => urls.BrowseGroup(group.Kind, group.Key, page);
        var up = new LinkView("All " + BrowseNames.Plural(group.Kind).ToLowerInvariant(), urls.BrowseIndex(group.Kind));
        for (int page = 1; page <= paging.Pages; page++)
        {
            var articles = paging.Slice(group.Articles, page).Select(cards.Of).ToList();
            var view = new BrowsePageView(group.Title, BrowseNames.Singular(group.Kind), up, articles, Articles(group.Articles.Count),
                paging.Label(page), paging.Previous(page, "Previous articles", PageUrl), paging.Next(page, "More articles", PageUrl));
            var title = paging.Pages > 1 ? $"{group.Title}, page {page}" : group.Title;
            var url = urls.BrowseGroup(group.Kind, group.Key, page);
            yield return SiteFile.Text(urls.FileOf(url), context.Page("browse", title, "browse", null, view));
        }
    }

    private static string Articles(int count) =>
        count == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} articles");
}
