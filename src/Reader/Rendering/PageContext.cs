using Reader.Analysis;
using Reader.Rendering.Browse;
using Reader.Rendering.Figures;
using Reader.Rendering.Views;
using Reader.Theming;

namespace Reader.Rendering;

/// <summary>
/// What every page builder shares: the edition, its URLs, the frame view, the template engine, and what is
/// worked out from the whole edition before any page renders (disagreements and timelines, the browse groups).
/// <see cref="CanonicalOrigin"/> is the site's absolute origin when one is configured (--site-url or
/// edition.yml's url), else null: pages then name no canonical URL rather than a wrong one.
/// </summary>
public sealed record PageContext(Edition Edition, SiteUrls Urls, SiteView Site, ITemplateEngine Templates,
    EditionFigures Figures, BrowseCatalogue Browse, string? CanonicalOrigin = null)
{
    public string Page(string layout, string title, string kind, string? description, object content, PageMetaView? meta = null) =>
        Templates.Render(layout, new PageView(Site, title, kind, ViewText.Optional(description), content, meta));

    public static PageContext For(Edition edition, string baseUrl, ITemplateEngine templates, string? canonicalOrigin = null)
    {
        var urls = new SiteUrls(baseUrl);
        var browse = BrowseCatalogue.Of(edition);
        return new PageContext(edition, urls, SiteViewOf(edition, urls, browse), templates, EditionFigures.Of(edition), browse,
            string.IsNullOrEmpty(canonicalOrigin) ? null : canonicalOrigin.TrimEnd('/'));
    }

    public static SiteView SiteViewOf(Edition edition, SiteUrls urls, BrowseCatalogue browse) => new(
        edition.Title,
        ViewText.Optional(edition.Description),
        edition.Language,
        urls.Home,
        urls.Sources,
        urls.Claims,
        urls.Changes,
        urls.Asset("reader.css"),
        urls.Asset("reader.js"),
        urls.Base + "feed.xml",
        "Reader",
        urls.Search,
        urls.Asset("search.js"),
        urls.Base + "search/index.json",
        urls.Disagreements,
        browse.Kinds.Select(k => new LinkView(BrowseNames.Plural(k), urls.BrowseIndex(k))).ToList());
}
