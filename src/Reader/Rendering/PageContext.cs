using Reader.Analysis;
using Reader.Rendering.Views;
using Reader.Theming;

namespace Reader.Rendering;

/// <summary>What every page builder shares: the edition, its URLs, the frame view and the template engine.</summary>
public sealed record PageContext(Edition Edition, SiteUrls Urls, SiteView Site, ITemplateEngine Templates)
{
    public string Page(string layout, string title, string kind, string? description, object content) =>
        Templates.Render(layout, new PageView(Site, title, kind, ViewText.Optional(description), content));

    public static PageContext For(Edition edition, string baseUrl, ITemplateEngine templates)
    {
        var urls = new SiteUrls(baseUrl);
        return new PageContext(edition, urls, SiteViewOf(edition, urls), templates);
    }

    public static SiteView SiteViewOf(Edition edition, SiteUrls urls) => new(
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
        "Reader");
}
