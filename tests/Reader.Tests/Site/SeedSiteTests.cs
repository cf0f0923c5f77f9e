using AngleSharp.Dom;
using Reader.Checking;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

public sealed class SeedSiteTests(SeedSite site) : IClassFixture<SeedSite>
{
    private static readonly string[] SeedIds = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    private IElement Body(string page) => site.Page(page).QuerySelector("article .body")
        ?? throw new Xunit.Sdk.XunitException($"{page} has no article body");

    [Fact]
    public void The_build_succeeds()
    {
        Assert.True(site.Result.Succeeded, Builds.Errors(site.Result));
        Assert.Equal(SeedIds.Length, site.Result.Edition!.Articles.Count);
    }

    [Fact]
    public void One_page_per_seed_plus_the_edition_pages()
    {
        Assert.Equal(5, SeedIds.Length);
        Assert.Equal(SeedIds.Length, site.ArticleFiles.Count());
        foreach (var file in new[] { "index.html", "sources/index.html", "claims/index.html", "404.html", "sitemap.xml", "feed.xml", "claims.json" })
            Assert.True(File.Exists(Path.Combine(site.Output, file)), file);
    }

    [Fact]
    public void The_index_links_every_article()
    {
        var hrefs = site.Page("index.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();

        foreach (var file in site.ArticleFiles)
            Assert.Contains("/" + file[..^"index.html".Length], hrefs);
    }

    [Fact]
    public void The_site_checker_finds_nothing()
    {
        var findings = new SiteChecker(new CheckOptions()).Check(site.Output);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void No_page_has_a_duplicate_id()
    {
        foreach (var page in site.HtmlFiles)
        {
            var duplicates = site.Page(page).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{page}: {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves()
    {
        foreach (var page in site.HtmlFiles)
            foreach (var href in site.Page(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.Contains("://") || href.StartsWith("mailto:")) continue;
                var (path, fragment) = href.IndexOf('#') is var i and >= 0 ? (href[..i], href[(i + 1)..]) : (href, "");
                var target = path.Length == 0 ? page : site.FileOf(path);
                Assert.True(File.Exists(Path.Combine(site.Output, target)), $"{page}: {href} → {target} missing");
                if (fragment.Length > 0 && target.EndsWith(".html"))
                    Assert.True(site.Page(target).GetElementById(Uri.UnescapeDataString(fragment)) is not null, $"{page}: {href} has no target");
            }
    }

    [Fact]
    public void Every_source_marker_of_the_seeds_is_a_biblioref_into_the_sources_page()
    {
        var markers = SeedIds.Sum(id => MarkerIds(File.ReadAllText(Path.Combine(RepoPaths.Seeds, id + ".txt"))).Count());
        var sources = site.Page("sources/index.html");
        int links = 0;
        foreach (var page in site.ArticleFiles)
        {
            Assert.DoesNotMatch(@"\[[0-9a-f]{8}\]", Body(page).TextContent);
            foreach (var a in Body(page).QuerySelectorAll("a[role=doc-biblioref]"))
            {
                links++;
                var href = a.GetAttribute("href")!;
                Assert.StartsWith("/sources/#src-", href);
                Assert.NotNull(sources.GetElementById(href.Split('#')[1]));
                Assert.StartsWith("cite-", a.Id);
            }
        }
        Assert.True(markers > 0);
        Assert.Equal(markers, links);
    }

    [Fact]
    public void Every_citation_has_a_backlink_on_the_sources_page()
    {
        var backlinks = site.Page("sources/index.html").QuerySelectorAll("a[role=doc-backlink]")
            .Select(a => a.GetAttribute("href")!).ToHashSet();
        int citations = 0;
        foreach (var page in site.ArticleFiles)
            foreach (var a in Body(page).QuerySelectorAll("a[role=doc-biblioref]"))
            {
                citations++;
                Assert.Contains("/" + page[..^"index.html".Length] + "#" + a.Id, backlinks);
            }
        Assert.Equal(citations, backlinks.Count);
    }

    [Fact]
    public void A_source_cited_more_than_once_gets_letters()
    {
        var sources = site.Page("sources/index.html");
        foreach (var source in site.Result.Edition!.Sources.Sources)
        {
            var item = sources.GetElementById(source.Anchor)!;
            var labels = item.QuerySelectorAll("a[role=doc-backlink]").Select(a => a.TextContent.Trim()).ToList();
            Assert.Equal(source.Citations.Count, labels.Count);
            if (labels.Count > 1)
                Assert.Equal(Enumerable.Range(0, labels.Count).Select(i => ((char)('a' + i)).ToString()), labels.Take(26));
        }
        Assert.Contains(site.Result.Edition.Sources.Sources, s => s.Citations.Count > 1);
    }

    [Theory]
    [InlineData("003_7fbe9cfa338f06a9", "Japan Prepares For Diplomatic Talks With Trump Administration")]
    [InlineData("004_abc8bb8cf5328acc", "Japanese Prime Minister Ishiba Plans US Summit With Trump")]
    public void Dateline_seeds_take_the_title_after_the_block(string id, string title)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Seeds, id + ".txt"));
        Assert.StartsWith("Today :", lines[0]);
        Assert.Equal(title, lines.SkipWhile(l => l.Length > 0).First(l => l.Length > 0));
        var article = site.Result.Edition!.Find(id)!;

        Assert.Equal(title, article.Meta.Title);
        Assert.NotNull(article.Meta.Published);
        var page = site.Page("articles/" + article.Slug + "/index.html");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(title, Body("articles/" + article.Slug + "/index.html").TextContent);
    }

    [Fact]
    public void No_body_keeps_the_dateline()
    {
        foreach (var page in site.ArticleFiles)
            Assert.DoesNotContain("Today :", Body(page).TextContent);
    }

    [Fact]
    public void Untitled_seeds_get_the_edition_yml_titles_and_deks()
    {
        var yml = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "edition.yml"));
        var config = Reader.Input.EditionConfigReader.Read(yml, "edition.yml");
        Assert.NotEmpty(config.Articles);
        foreach (var (id, entry) in config.Articles)
        {
            var article = site.Result.Edition!.Find(id)!;
            var page = site.Page("articles/" + article.Slug + "/index.html");
            Assert.Equal(entry.Title, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(entry.Title!, page.Title);
            if (entry.Dek is not null) Assert.Contains(entry.Dek, page.QuerySelector("article")!.TextContent);
        }
    }

    [Fact]
    public void Headings_inside_seed_001_are_headings()
    {
        var article = site.Result.Edition!.Find("001_b58ec1dbe1bc776b")!;
        var headings = Body("articles/" + article.Slug + "/index.html").QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Contains("Maintaining a Strong U.S.-Japan Alliance", headings);
        Assert.Contains("Energy Cooperation Between Japan and the U.S.", headings);
    }

    private static IEnumerable<string> MarkerIds(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\[([0-9a-fA-F]{6,40}(?:,\s*[0-9a-fA-F]{6,40})*)\]")
            .SelectMany(m => m.Groups[1].Value.Split(','));
}
