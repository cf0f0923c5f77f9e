using System.Text.Json;
using AngleSharp.Dom;
using Reader.Claims.Comparison;
using Reader.Verdicts;

namespace Reader.Tests.Verdicts;

/// <summary>
/// The editors' verdicts reach what readers find and follow: a rejected difference leaves the digest, the front
/// page, the article's opening line and the search results' marks; a figure ruled not a claim is no figure in
/// the search index and no competing figure in the digest. Each test reads the build without the verdict first,
/// so it fails if the verdict changes nothing.
/// </summary>
public sealed class VerdictsInFindAndFollowTests : IDisposable
{
    private readonly SeedEdition seeds = new();

    public void Dispose() => seeds.Dispose();

    /// <summary>Where a claim's words stand on its page (a figure's search result links there).</summary>
    private string ClaimHref(string claim) => ArticlePath(EditionRef.Article(claim)) + "#" + EditionRef.Anchor(claim);

    /// <summary>A claim's note on its page (the digest and the opening line link there).</summary>
    private string NoteHref(string claim) => ArticlePath(EditionRef.Article(claim)) + "#n" + EditionRef.Anchor(claim)[1..];

    private string ArticlePath(string articleId) => seeds.ClaimsJson().GetProperty("articles").EnumerateArray()
        .Single(a => a.GetProperty("id").GetString() == articleId).GetProperty("path").GetString()!;

    /// <summary>Disagreements (on the digest or the front page) that list both claims' notes.</summary>
    private static IEnumerable<IElement> SettingSideBySide(IDocument page, string first, string second) =>
        page.QuerySelectorAll(".disagreement").Where(d =>
        {
            var links = d.QuerySelectorAll(".reports a").Select(a => a.GetAttribute("href")).ToHashSet();
            return links.Contains(first) && links.Contains(second);
        });

    /// <summary>Every figure the search index holds, by where its result links, with its verdict glyph.</summary>
    private Dictionary<string, string> SearchFigures()
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(seeds.Output, "search", "d")))
        {
            using var shard = JsonDocument.Parse(File.ReadAllText(file));
            var articles = shard.RootElement.GetProperty("articles");
            foreach (var doc in shard.RootElement.GetProperty("docs").EnumerateArray().Where(d => d[0].GetInt32() == 2))
            {
                var path = articles.GetProperty(doc[1].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))[1].GetString();
                figures[path + "#" + doc[2].GetString()] = doc[4].GetString()!;
            }
        }
        return figures;
    }

    [Fact]
    public void A_rejected_difference_leaves_the_digest_the_front_page_the_opening_line_and_the_search_marks()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        bool stillDiffers = SeedPairs.Seeds.Comparison.For(claim).DifferCount > 1;
        Assert.Equal(0, seeds.Build().ExitCode);
        var (claimNote, otherNote) = (NoteHref(claim), NoteHref(other));
        Assert.NotEmpty(SettingSideBySide(seeds.Page("differ/index.html"), claimNote, otherNote));
        Assert.NotEmpty(SettingSideBySide(seeds.Page("index.html"), claimNote, otherNote));
        Assert.Equal("≠", SearchFigures()[ClaimHref(claim)]);

        seeds.AddVerdicts($"  - reject: [{claim}, {other}]");
        var (code, _, stderr) = seeds.Build();

        Assert.True(code == 0, stderr);
        Assert.Empty(SettingSideBySide(seeds.Page("differ/index.html"), claimNote, otherNote));
        Assert.Empty(SettingSideBySide(seeds.Page("index.html"), claimNote, otherNote));
        var line = seeds.ArticlePage(EditionRef.Article(claim)).QuerySelector(".differ-line");
        var linked = line?.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList() ?? [];
        Assert.Equal(stillDiffers, linked.Contains("#n" + EditionRef.Anchor(claim)[1..]));
        Assert.Equal(stillDiffers, SearchFigures()[ClaimHref(claim)] == "≠");
        // The changes page lists the verdict.
        Assert.Contains("rejected", seeds.Page("changes/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_ruled_not_a_claim_is_no_figure_in_search_nor_a_competing_figure_in_the_digest()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        Assert.Equal(0, seeds.Build().ExitCode);
        var href = ClaimHref(other);
        var note = NoteHref(other);
        Assert.Contains(href, SearchFigures().Keys);
        Assert.Contains(seeds.Page("differ/index.html").QuerySelectorAll(".reports a"), a => a.GetAttribute("href") == note);

        seeds.AddVerdicts($"  - not_a_claim: {other}");
        var (code, _, stderr) = seeds.Build();

        Assert.True(code == 0, stderr);
        var figures = SearchFigures();
        Assert.DoesNotContain(href, figures.Keys);
        Assert.Contains(ClaimHref(claim), figures.Keys);
        Assert.DoesNotContain(seeds.Page("differ/index.html").QuerySelectorAll(".reports a"), a => a.GetAttribute("href") == note);
        Assert.DoesNotContain(seeds.Page("index.html").QuerySelectorAll(".reports a"), a => a.GetAttribute("href") == note);
    }
}
