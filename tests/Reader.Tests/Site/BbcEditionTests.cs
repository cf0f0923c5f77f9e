using System.Globalization;
using AngleSharp.Html.Parser;
using Reader.Checking;
using Reader.Tests.Search;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

/// <summary>
/// The 2,225-article BBC set (../shared/corpora/bbc-news-flat, read where it stands): the new pages hold at
/// that size — a sharded search index within its limits, the digest in order of relative difference, the
/// search page, and a site reader check passes. No outlet, date or section is given, so no browse pages.
/// </summary>
public sealed class BbcEditionTests
{
    [CorporaFact]
    public void The_bbc_edition_builds_with_its_index_digest_and_search_page()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "site");
        var result = Builds.Run(RepoPaths.Bbc, output);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(2225, result.Edition!.Articles.Count);

        SearchIndexShape.Check(output);
        Assert.True(Directory.EnumerateFiles(Path.Combine(output, "search", "t")).Count() > 10, "the index is one shard");

        var parser = new HtmlParser();
        var apart = new List<double>();
        for (var page = Path.Combine(output, "differ", "index.html"); File.Exists(page);)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            Assert.True(doc.QuerySelectorAll(".disagreement").Length <= 50);
            apart.AddRange(doc.QuerySelectorAll(".disagreement").Select(d => double.Parse(d.GetAttribute("data-relative-difference")!, CultureInfo.InvariantCulture)));
            var next = doc.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            page = next is null ? "" : Path.Combine(output, next.Trim('/'), "index.html");
        }
        Assert.NotEmpty(apart);
        Assert.Equal(apart.OrderByDescending(a => a), apart);
        Assert.NotEmpty(parser.ParseDocument(File.ReadAllText(Path.Combine(output, "search", "index.html"))).QuerySelectorAll(".subject-index a"));
        Assert.False(Directory.Exists(Path.Combine(output, "outlets")));

        // Every page of every paged series is in the sitemap (the comparison and search pages run to several here).
        var listed = System.Xml.Linq.XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants()
            .Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToHashSet();
        var paged = Directory.EnumerateDirectories(output, "page", SearchOption.AllDirectories)
            .SelectMany(d => Directory.EnumerateDirectories(d))
            .Select(d => "/" + Path.GetRelativePath(output, d).Replace('\\', '/') + "/").ToList();
        Assert.Contains(paged, p => p.StartsWith("/claims/", StringComparison.Ordinal));
        Assert.Contains(paged, p => p.StartsWith("/search/", StringComparison.Ordinal));
        Assert.All(paged, p => Assert.Contains(p, listed));

        var findings = new SiteChecker(new CheckOptions()).Check(output);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(20)));
    }
}
