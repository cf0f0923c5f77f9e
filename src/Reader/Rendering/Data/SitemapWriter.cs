using System.Text;
using System.Xml;
using Reader.Analysis;
using Reader.Rendering;

namespace Reader.Rendering.Data;

/// <summary>sitemap.xml (sitemaps.org 0.9): absolute URLs of every page, with article dates as lastmod.</summary>
public static class SitemapWriter
{
    /// <param name="pages">Further pages to list (browse and digest pages), as root-relative URLs.</param>
    public static byte[] Write(Edition edition, SiteUrls urls, string origin, IEnumerable<string>? pages = null)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            Url(xml, origin + urls.Home, null);
            Url(xml, origin + urls.Sources, null);
            Url(xml, origin + urls.Claims, null);
            Url(xml, origin + urls.Changes, null);
            foreach (var page in pages ?? []) Url(xml, origin + page, null);
            foreach (var a in edition.Articles)
                Url(xml, origin + urls.Article(a), a.Meta.Published is { } p ? DateFormat.Iso(p) : null);
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void Url(XmlWriter xml, string loc, string? lastmod)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        if (lastmod is not null) xml.WriteElementString("lastmod", lastmod);
        xml.WriteEndElement();
    }
}
