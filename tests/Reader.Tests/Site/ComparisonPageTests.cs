using AngleSharp.Dom;

namespace Reader.Tests.Site;

/// <summary>The comparison page of the seeds: the summit-date row, its glyphs, and the figures only one article gives.</summary>
public sealed class ComparisonPageTests(SeedSite site) : IClassFixture<SeedSite>
{
    private IDocument Page => site.Page("claims/index.html");

    private IElement RowHolding(string figure) =>
        Page.QuerySelectorAll("table.comparison tbody tr").FirstOrDefault(r => r.TextContent.Contains(figure))
        ?? throw new Xunit.Sdk.XunitException($"no comparison row holds \"{figure}\"");

    [Fact]
    public void One_column_per_article_and_one_cell_per_article_in_each_row()
    {
        int articles = site.ArticleFiles.Count();
        Assert.Equal(articles, Page.QuerySelectorAll("table.comparison thead th").Length - 1);
        foreach (var row in Page.QuerySelectorAll("table.comparison tbody tr"))
            Assert.Equal(articles, row.QuerySelectorAll("td").Length);
    }

    [Fact]
    public void The_odd_figure_out_is_marked_differs_and_the_agreeing_pair_agrees()
    {
        var row = RowHolding("mid-February");
        var midFebruary = row.QuerySelectorAll("td").Single(td => td.TextContent.Contains("mid-February"));
        Assert.Contains("≠", midFebruary.TextContent);
        Assert.Contains("differs from", midFebruary.TextContent);
        var february7 = row.QuerySelectorAll("td").Where(td => td.TextContent.Contains("February 7, 2025")).ToList();
        Assert.Equal(2, february7.Count);
        Assert.All(february7, td => Assert.Contains("✓", td.TextContent));
        Assert.Contains("differ", row.QuerySelector("th")!.TextContent);
    }

    [Fact]
    public void Every_figure_cell_links_to_its_claim()
    {
        foreach (var link in Page.QuerySelectorAll("table.comparison td a"))
        {
            var href = link.GetAttribute("href")!;
            var (path, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            var target = site.Page(path.TrimStart('/') + "index.html");
            Assert.NotNull(target.GetElementById(fragment));
        }
    }

    [Fact]
    public void Figures_only_one_article_gives_are_listed_with_their_normalised_value()
    {
        var sole = Page.QuerySelector("table.sole-figures") ?? throw new Xunit.Sdk.XunitException("no sole-figures table");
        // ("$14.9 billion" is no longer alone: another article mentions the deal it prices.)
        var money = sole.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("up to $500 billion"));
        Assert.Contains("≤ 500,000,000,000 USD", money.TextContent);
        Assert.DoesNotContain(sole.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("mid-February"));
    }

    [Fact]
    public void Counts_are_written_in_words_with_the_right_number()
    {
        var counts = Page.QuerySelector("p.counts")!.TextContent;
        Assert.Matches(@"^1 subject reported|^\d+ subjects reported", counts.Trim());
    }
}
