namespace Reader.Tests.Checking;

/// <summary>Well-formed sites must pass with zero findings; every construct here is one a rule could misjudge.</summary>
public sealed class GoodSiteTests
{
    [Fact]
    public void Site_under_a_sub_path_with_relative_root_relative_and_directory_links_has_no_findings()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("""
                <link rel="stylesheet" href="css/site.css">
                <script src="/sub/path/js/app.js"></script>
                <a href="articles/first/">first</a>
                <a href="/sub/path/articles/second/index.html#intro">second</a>
                <a href="/sub/path">home without slash</a>
                <a href="about">directory without slash</a>
                <a href="./about/?tab=2#team">query and fragment</a>
                <img src="images/caf%C3%A9.png" srcset="images/café.png 1x, images/big.png 2x" alt="">
                <form action="search/"><input name="q"></form>
                <iframe src="embed/frame.html"></iframe>
                <a href="#">top</a> <a href="#top">top</a> <a href="">self</a>
                <a href="https://example.org/">external</a> <a href="mailto:a@example.org">mail</a>
                <script src="//cdn.example.net/x.js"></script>
                """))
            .With("about/index.html", Html.Page("<p id=\"team\">Team</p>"))
            .With("articles/first/index.html", Html.Page("""
                <link rel="canonical" href="https://example.com/sub/path/articles/first/">
                <a href="../second/#intro">sibling</a> <a href="../../">up to root</a>
                <a href="../../about/index.html">about</a>
                """))
            .With("articles/second/index.html", Html.Page("<h2 id=\"intro\">Intro</h2><a name=\"old-anchor\"></a>"))
            .With("search/index.html", Html.Page(""))
            .With("embed/frame.html", Html.Page("<a href=\"../articles/second/#old-anchor\">named anchor</a>"))
            .With("css/site.css", "body{}")
            .With("js/app.js", "")
            .With("images/café.png", "")
            .With("images/big.png", "")
            .With("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.com/sub/path/</loc></url>
                  <url><loc>https://example.com/sub/path/articles/first/</loc></url>
                </urlset>
                """)
            .With("feed.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Site</title><id>urn:x</id>
                  <link rel="self" href="https://example.com/sub/path/feed.xml"/>
                  <link href="https://example.com/sub/path/"/>
                  <entry><title>First</title><link href="https://example.com/sub/path/articles/first/"/>
                    <author><uri>https://elsewhere.example/me</uri></author></entry>
                </feed>
                """);

        Assert.Empty(site.Check("/sub/path/"));
    }

    [Fact]
    public void Root_site_with_root_relative_links_has_no_findings()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"/articles/x/\">x</a><a href=\"/\">home</a>"))
            .With("articles/x/index.html", Html.Page("<a href=\"/index.html#top\">home</a><a href=\"../../\">up</a>"));

        Assert.Empty(site.Check("/"));
    }

    [Fact]
    public void Base_href_is_used_to_resolve_relative_links()
    {
        // Without <base>, "articles/y/" from articles/x/ would be articles/x/articles/y/ and broken.
        using var site = new TempSite()
            .With("index.html", Html.Page(""))
            .With("articles/x/index.html", Html.Page("<a href=\"articles/y/\">y</a>", head: "<base href=\"/blog/\">"))
            .With("articles/y/index.html", Html.Page(""));

        Assert.Empty(site.Check("/blog/"));
    }

    [Fact]
    public void Notes_and_citations_that_round_trip_have_no_findings()
    {
        using var site = new TempSite()
            .With("articles/first/index.html", Html.Page("""
                <p>Claim<a id="fnref1" href="#fn1" role="doc-noteref">1</a>
                   aside<a id="fnref2" href="#fn2" role="doc-noteref">2</a>
                   again<a id="fnref1b" href="#fn1" role="doc-noteref">1</a>
                   cited <a id="cite1" href="../../bibliography/#smith" role="doc-biblioref">Smith</a>
                   cross <a id="cite2" href="/bibliography/index.html#jones-2" role="doc-biblioref">Jones</a></p>
                <aside id="fn2" role="doc-footnote">Footnote. <a href="#fnref2" role="doc-backlink">↩</a></aside>
                <section role="doc-endnotes"><ol>
                  <li id="fn1"><p>Endnote with <ul><li>a nested list</li></ul>
                    <a href="#fnref1" role="doc-backlink">↩</a> <a href="#fnref1b" role="doc-backlink">↩</a></p></li>
                </ol></section>
                """))
            .With("bibliography/index.html", Html.Page("""
                <section role="doc-bibliography"><ul>
                  <li id="smith">Smith 2020. <a href="../articles/first/#cite1" role="doc-backlink">↩</a></li>
                  <li><span id="jones-2">Jones 2021.</span> <a href="/articles/first/#cite2" role="doc-backlink">↩</a></li>
                </ul></section>
                """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Percent_encoded_paths_and_fragments_are_decoded()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"my%20notes/caf%C3%A9.html#r%C3%A9sum%C3%A9\">x</a>"))
            .With("my notes/café.html", Html.Page("<h2 id=\"résumé\">Résumé</h2>"));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Markup_of_the_markdown_renderer_passes()
    {
        // Mirrors Reader.Markdown output: inline noteref, margin <aside role="doc-footnote"> with a
        // backlink in its head, and a biblioref into a sources register on another page.
        using var site = new TempSite()
            .With("articles/a/index.html", Html.Page("""
                <div class="annotated">
                <p><span class="claim" id="c1">54,000 people</span><a class="noteref" role="doc-noteref" id="ref-c1" href="#note-c1" aria-label="note 1"><sup>1</sup></a>
                <sup class="cite">[<a role="doc-biblioref" class="biblioref" id="cite-a-1" href="../../sources/#src-bbc">1</a>]</sup></p>
                <div class="notes">
                <aside class="note" role="doc-footnote" id="note-c1" aria-label="Note 1"><p class="note-head"><a class="backlink" role="doc-backlink" href="#ref-c1">1</a> <span class="note-figure">54,000</span></p></aside>
                </div></div>
                """))
            .With("sources/index.html", Html.Page("""
                <section role="doc-bibliography"><ol>
                  <li id="src-bbc">BBC. <a role="doc-backlink" href="../articles/a/#cite-a-1">a</a></li>
                </ol></section>
                """));

        Assert.Empty(site.Check());
    }
}
