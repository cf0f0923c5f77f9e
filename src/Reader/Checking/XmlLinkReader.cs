using System.Xml;
using System.Xml.Linq;

namespace Reader.Checking;

/// <summary>
/// Reads sitemap.xml and feed.xml (Atom or RSS). Both are optional, but when present their links
/// are what search engines and feed readers follow, so they must resolve like page links.
/// </summary>
internal static class XmlLinkReader
{
    public static readonly string[] KnownFiles = ["sitemap.xml", "feed.xml"];

    public static XmlLinkSource Read(string siteRoot, string sitePath)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(Path.Combine(siteRoot, sitePath));
        }
        catch (XmlException error)
        {
            return new XmlLinkSource(sitePath, [], [],
                new CheckFinding(sitePath, "<?xml?>", CheckRules.MalformedXml, error.Message));
        }

        var urls = new List<XmlUrl>();
        var hosts = new List<string>();
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (name == "loc")
            {
                // The sitemap protocol requires every <loc> to be on the site's own host.
                var url = element.Value.Trim();
                urls.Add(new XmlUrl($"<loc>{url}</loc>", url));
                AddHost(url, hosts);
            }
            else if (name == "link" && element.Attribute("href")?.Value is { } href)
            {
                // Atom <link href>; rel="self" names the URL the feed itself lives at.
                urls.Add(new XmlUrl($"<link href=\"{href}\">", href));
                if (element.Attribute("rel")?.Value == "self") AddHost(href, hosts);
            }
            else if (name == "link" && !element.HasElements && element.Value.Trim() is { Length: > 0 } text)
            {
                // RSS <link>text</link>.
                urls.Add(new XmlUrl($"<link>{text}</link>", text));
            }
        }
        return new XmlLinkSource(sitePath, urls, hosts, null);
    }

    private static void AddHost(string url, List<string> hosts)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            hosts.Add(uri.Host);
    }
}
