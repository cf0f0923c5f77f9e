using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Reader.Checking;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

/// <summary>
/// What a reader finds and follows, read from the built HTML: browse pages by outlet, month and section, the
/// figures over time, where reports differ, sharing metadata and the full-text feed, on the dated test edition
/// and the seeds.
/// </summary>
public sealed class FindAndFollowTests(DatedSite dated, SeedSite seeds) : IClassFixture<DatedSite>, IClassFixture<SeedSite>
{
    private static IEnumerable<string> Hrefs(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!);

    [Fact]
    public void Browse_pages_list_each_outlet_month_and_section_with_their_articles()
    {
        Assert.True(dated.Result.Succeeded, Builds.Errors(dated.Result));
        var outlets = dated.Page("outlets/index.html");
        Assert.Equal(["Coast Herald", "Harbour Gazette", "Valley Times"], outlets.QuerySelectorAll(".browse-list a").Select(a => a.TextContent));
        var gazette = dated.Page("outlets/harbour-gazette/index.html");
        Assert.Equal(2, gazette.QuerySelectorAll(".article-list .card").Length);
        Assert.Equal("Harbour Gazette", gazette.QuerySelector("h1")!.TextContent);

        var months = dated.Page("months/index.html").QuerySelectorAll(".browse-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["April 2024", "March 2024"], months);
        var april = dated.Page("months/2024-04/index.html").QuerySelectorAll(".card time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-04-20", "2024-04-02"], april);
        Assert.Equal(2, dated.Page("sections/local/index.html").QuerySelectorAll(".card").Length);
    }

    [Fact]
    public void The_article_header_and_the_front_page_link_the_browse_pages()
    {
        var article = dated.Page("articles/northfield-motors-widens-job-cuts/index.html");
        var header = Hrefs(article, ".article-header a").ToList();
        Assert.Contains("/outlets/harbour-gazette/", header);
        Assert.Contains("/sections/local/", header);
        Assert.Contains("/months/2024-04/", header);
        var front = Hrefs(dated.Page("index.html"), "a").ToHashSet();
        Assert.Superset(new HashSet<string> { "/outlets/", "/months/", "/sections/", "/outlets/valley-times/", "/months/2024-03/" }, front);
        // The seeds give no outlet: no outlet pages, no link to them.
        Assert.False(Directory.Exists(Path.Combine(seeds.Output, "outlets")));
        Assert.DoesNotContain("/outlets/", Hrefs(seeds.Page("index.html"), "a"));
    }

    [Fact]
    public void Browse_pages_hold_fifty_articles_a_page()
    {
        using var temp = new TempFolder();
        for (int i = 1; i <= 51; i++)
            temp.Write($"in/a{i:00}.md", $"---\ntitle: Report number {i}\noutlet: The Daily Example\npublished: 2024-05-{1 + i % 28:00}\n---\nText of report {i}.\n");
        var output = Path.Combine(temp.Path, "out");
        Assert.True(Builds.Run(Path.Combine(temp.Path, "in"), output).Succeeded);
        var first = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "outlets/the-daily-example/index.html")));
        var second = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "outlets/the-daily-example/page/2/index.html")));
        Assert.Equal(50, first.QuerySelectorAll(".card").Length);
        Assert.Equal(1, second.QuerySelectorAll(".card").Length);
        Assert.Equal("/outlets/the-daily-example/page/2/", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/outlets/the-daily-example/", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(new SiteChecker(new CheckOptions()).Check(output));
    }

    [Fact]
    public void A_subject_three_dated_articles_give_is_drawn_over_time_beside_a_table_of_the_same_figures()
    {
        var claims = dated.Page("claims/index.html");
        var timeline = claims.QuerySelector("figure.timeline")!;
        Assert.NotNull(timeline);
        var marks = timeline.QuerySelectorAll("svg circle.mark");
        var rows = timeline.QuerySelectorAll("table tbody tr");
        Assert.True(marks.Length >= 3, $"{marks.Length} marks");
        Assert.Equal(marks.Length, rows.Length);
        Assert.Equal("img", timeline.QuerySelector("svg")!.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(timeline.QuerySelector("svg")!.GetAttribute("aria-label")));
        // Marks run left to right in date order, as the table's rows do.
        var xs = marks.Select(m => double.Parse(m.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(xs.Order(), xs);
        var dates = rows.Select(r => r.QuerySelector("time")!.GetAttribute("datetime")).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        // No chart library: the page loads only the theme's scripts.
        Assert.All(claims.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/assets/", s.GetAttribute("src")));

        // The notes of the figures on it link to it.
        var anchor = timeline.Id!;
        var linking = Directory.EnumerateFiles(Path.Combine(dated.Output, "articles"), "index.html", SearchOption.AllDirectories)
            .Count(f => dated.Page(Path.GetRelativePath(dated.Output, f)).QuerySelectorAll(".note-timeline a").Any(a => a.GetAttribute("href") == "/claims/#" + anchor));
        Assert.Equal(marks.Length, linking);
    }

    [Fact]
    public void Each_article_opens_with_the_figures_other_articles_contradict_linked_to_their_notes()
    {
        var lines = 0;
        foreach (var file in seeds.ArticleFiles)
        {
            var page = seeds.Page(file);
            var line = page.QuerySelector(".article-header .differ-line");
            if (line is null) continue;
            lines++;
            foreach (var link in line.QuerySelectorAll("a"))
            {
                var note = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
                Assert.NotNull(note);
                Assert.Equal("doc-footnote", note!.GetAttribute("role"));
                Assert.Contains("≠", note.QuerySelector(".note-verdict")!.TextContent);
                Assert.Equal(link.TextContent, note.QuerySelector(".note-figure")!.TextContent);
            }
        }
        Assert.True(lines > 0, "no seed article has figures compared with another's");
        Assert.Contains(seeds.ArticleFiles, f => seeds.Page(f).QuerySelector(".differ-line.differs a") is not null);
    }

    [Fact]
    public void The_digest_and_front_page_set_the_competing_figures_side_by_side()
    {
        var digest = seeds.Page("differ/index.html");
        var items = digest.QuerySelectorAll(".disagreement");
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var figures = item.QuerySelectorAll(".competing-figure");
            Assert.True(figures.Length >= 2, "a disagreement needs two figures");
            Assert.Equal(figures.Length, figures.Select(f => f.QuerySelector(".figure")!.TextContent).Distinct().Count());
            foreach (var report in item.QuerySelectorAll(".competing-figure .reports a"))
            {
                var href = report.GetAttribute("href")!;
                var note = seeds.Page(seeds.FileOf(href.Split('#')[0])).GetElementById(href.Split('#')[1]);
                Assert.Equal("doc-footnote", note?.GetAttribute("role"));
            }
        }
        var front = seeds.Page("index.html").QuerySelector(".digest")!;
        Assert.Equal(items.Length, front.QuerySelectorAll(".disagreement").Length);
        Assert.Contains("/differ/", Hrefs(seeds.Page("index.html"), ".site-header a"));
    }

    [Fact]
    public void Article_pages_carry_a_canonical_url_open_graph_and_json_ld_news_article()
    {
        var page = dated.Page("articles/northfield-motors-widens-job-cuts/index.html");
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal(DatedSite.Origin + "/articles/northfield-motors-widens-job-cuts/", canonical);
        string Og(string property) => page.QuerySelector($"meta[property='{property}']")!.GetAttribute("content")!;
        Assert.Equal(canonical, Og("og:url"));
        Assert.Equal("article", Og("og:type"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent, Og("og:title"));
        Assert.Equal("2024-04-02", Og("article:published_time"));
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.TextContent, ld.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2024-04-02", ld.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("Harbour Gazette", ld.RootElement.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(canonical, ld.RootElement.GetProperty("url").GetString());
        // Without a site URL no page claims one.
        Assert.Null(seeds.Page(seeds.ArticleFiles.First()).QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Json_ld_holds_any_title_as_data()
    {
        using var temp = new TempFolder();
        const string Title = "Costs </script><script>alert(1)</script> & \"quotes\" ‘rise’";
        temp.Write("in/a.md", $"---\ntitle: '{Title.Replace("'", "''")}'\n---\nSome 12 workers left.\n");
        var output = Path.Combine(temp.Path, "out");
        Assert.True(Builds.Run(Path.Combine(temp.Path, "in"), output).Succeeded);
        var html = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories).Single());
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        using var ld = JsonDocument.Parse(scripts[0].TextContent);
        Assert.Equal(Title, ld.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void The_feed_carries_each_article_in_full_with_its_notes_and_absolute_links()
    {
        var feed = XDocument.Load(Path.Combine(dated.Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        // First what changed since the last build (its own tests are in Changes/), then every article.
        Assert.Equal(DatedSite.Origin + "/changes/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        var articles = entries.Skip(1).ToList();
        Assert.Equal(4, articles.Count);
        foreach (var entry in articles)
        {
            var content = entry.Element(atom + "content")!;
            Assert.Equal("html", content.Attribute("type")!.Value);
            var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(content.Value);
            Assert.NotEmpty(body.QuerySelectorAll("aside.note[role=doc-footnote]"));
            Assert.All(body.QuerySelectorAll("a[href]"), a => Assert.StartsWith(DatedSite.Origin + "/", a.GetAttribute("href")));
            var link = entry.Element(atom + "link")!.Attribute("href")!.Value;
            Assert.Contains(body.QuerySelectorAll("a.noteref"), a => a.GetAttribute("href")!.StartsWith(link + "#", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_sitemap_lists_the_browse_pages_the_digest_the_search_page_and_the_changes_page()
    {
        var locs = XDocument.Load(Path.Combine(dated.Output, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet();
        foreach (var path in new[] { "/changes/", "/differ/", "/search/", "/outlets/", "/outlets/harbour-gazette/", "/months/2024-03/", "/sections/business/" })
            Assert.Contains(DatedSite.Origin + path, locs);
    }

    [Fact]
    public void Reader_check_covers_the_new_pages()
    {
        Assert.Empty(new SiteChecker(new CheckOptions()).Check(dated.Output));
        // A broken link on a browse page is found.
        using var temp = new TempFolder();
        var copy = Path.Combine(temp.Path, "site");
        foreach (var file in Directory.EnumerateFiles(dated.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(dated.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var browse = Path.Combine(copy, "outlets", "valley-times", "index.html");
        File.WriteAllText(browse, File.ReadAllText(browse).Replace("/articles/", "/articels/"));
        var findings = new SiteChecker(new CheckOptions()).Check(copy);
        Assert.Contains(findings, f => f.Rule == CheckRules.BrokenLink && f.Page == "outlets/valley-times/index.html");
    }
}
