namespace Reader.Tests.Checking;

public sealed class XmlLinkTests
{
    [Fact]
    public void Sitemap_location_must_exist()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page(""))
            .With("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.com/blog/</loc></url>
                  <url><loc>https://example.com/blog/gone/</loc></url>
                </urlset>
                """);

        Assert.Equal(
            ["sitemap.xml: <loc>https://example.com/blog/gone/</loc> broken-link: no file \"gone/index.html\" in the site"],
            site.Check("/blog/"));
    }

    [Fact]
    public void Rss_item_link_on_the_site_host_must_exist()
    {
        // The sitemap tells the checker which host is the site's own.
        using var site = new TempSite()
            .With("index.html", Html.Page(""))
            .With("sitemap.xml", "<urlset><url><loc>https://example.com/</loc></url></urlset>")
            .With("feed.xml", """
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link>
                  <item><title>x</title><link>https://example.com/posts/x/</link></item>
                  <item><title>y</title><link>https://other.example/posts/y/</link></item>
                </channel></rss>
                """);

        Assert.Equal(
            ["feed.xml: <link>https://example.com/posts/x/</link> broken-link: no file \"posts/x/index.html\" in the site"],
            site.Check());
    }

    [Fact]
    public void Malformed_xml_is_reported()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page(""))
            .With("feed.xml", "<feed><link href=\"x\"></feed>");

        var finding = Assert.Single(site.Check());
        Assert.StartsWith("feed.xml: <?xml?> malformed-xml: ", finding);
    }

    [Fact]
    public void Sitemap_and_feed_are_optional()
    {
        using var site = new TempSite().With("index.html", Html.Page(""));

        Assert.Empty(site.Check());
    }
}
