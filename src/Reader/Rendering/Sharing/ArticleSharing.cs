using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reader.Parsing;
using Reader.Rendering.Views;
using Reader.Theming;

namespace Reader.Rendering.Sharing;

/// <summary>
/// What an article page tells search engines and link previews: its canonical URL, Open Graph properties and a
/// schema.org NewsArticle in JSON-LD. URLs are absolute only when the site's origin is configured; without
/// one the page names no canonical URL (a wrong one would be worse than none).
/// </summary>
public static class ArticleSharing
{
    /// <summary>
    /// System.Text.Json's default encoder escapes &lt;, &gt;, &amp;, quotes and every non-ASCII character as \u
    /// sequences, so no article text can close the script element or start markup inside it.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    public static PageMetaView Of(PageContext context, Article article)
    {
        var meta = article.Meta;
        var edition = context.Edition;
        string? canonical = context.CanonicalOrigin is { } origin ? origin + context.Urls.Article(article) : null;

        var properties = new List<MetaPropertyView>
        {
            new("og:type", "article"),
            new("og:title", meta.Title),
            new("og:site_name", edition.Title),
            new("og:locale", edition.Language.Replace('-', '_')),
        };
        if (canonical is not null) properties.Add(new("og:url", canonical));
        if (meta.Dek is { Length: > 0 } dek) properties.Add(new("og:description", dek));
        if (meta.Published is { } published) properties.Add(new("article:published_time", DateFormat.Iso(published)));
        if (meta.Section is { Length: > 0 } section) properties.Add(new("article:section", section));

        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = meta.Title,
            ["inLanguage"] = edition.Language,
        };
        if (meta.Dek is { Length: > 0 } description) ld["description"] = description;
        if (meta.Published is { } date) ld["datePublished"] = DateFormat.Iso(date);
        if (meta.Section is { Length: > 0 } articleSection) ld["articleSection"] = articleSection;
        if (meta.Outlet is { Length: > 0 } outlet)
        {
            ld["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet };
            ld["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet };
        }
        if (meta.Url is { Length: > 0 } original) ld["isBasedOn"] = original;
        if (canonical is not null)
        {
            ld["url"] = canonical;
            ld["mainEntityOfPage"] = canonical;
        }
        ld["isPartOf"] = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["name"] = edition.Title,
        };
        if (context.CanonicalOrigin is { } home) ld["isPartOf"]!["url"] = home + context.Urls.Home;

        return new PageMetaView(canonical, properties, new RenderedHtml(ld.ToJsonString(Json)));
    }
}
