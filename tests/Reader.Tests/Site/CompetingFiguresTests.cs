using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

/// <summary>
/// The digest of disagreements and the figure timelines set figures on the scale the engine compared them on:
/// a year beside dates in days, durations in days whatever unit they were written in, and two figures that
/// normalise alike but span different days kept apart.
/// </summary>
public sealed class CompetingFiguresTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private IDocument Build(params (string Title, string Published, string Text)[] articles)
    {
        for (int i = 0; i < articles.Length; i++)
            temp.Write($"in/{(char)('a' + i)}.md", $"---\ntitle: {articles[i].Title}\npublished: {articles[i].Published}\n---\n{articles[i].Text}\n");
        var output = temp.Sub("out");
        var result = Builds.Run(Path.Combine(temp.Path, "in"), output);
        Assert.True(result.Succeeded, Builds.Errors(result));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "differ", "index.html")));
    }

    private static string Gap(IDocument digest) =>
        System.Text.RegularExpressions.Regex.Match(digest.QuerySelector(".disagreement")!.TextContent, @"are ([^.]+) apart").Groups[1].Value;

    [Fact]
    public void A_year_beside_two_dates_is_no_difference_of_its_own()
    {
        var digest = Build(
            ("Plant closes", "2016-05-10", "The Elm Street plant closed in 2016, putting hundreds of workers out of a job."),
            ("Plant shut", "2016-03-20", "The Elm Street plant closed on March 3, 2016, putting hundreds of workers out of a job."),
            ("Plant gone", "2016-03-25", "The Elm Street plant closed on March 9, 2016, putting hundreds of workers out of a job."));

        Assert.Single(digest.QuerySelectorAll(".disagreement"));
        Assert.Equal("6 days", Gap(digest));
    }

    [Fact]
    public void Durations_are_compared_in_days_whatever_unit_they_are_written_in()
    {
        var digest = Build(
            ("Shutdown ends", "2024-03-04", "The government shutdown lasted three weeks, the longest in the state's history, officials said."),
            ("Shutdown over", "2024-03-05", "The government shutdown lasted 30 days, the longest in the state's history, officials said."),
            ("After the shutdown", "2024-03-09", "The government shutdown lasted 25 days, the longest in the state's history, officials said."));

        Assert.Single(digest.QuerySelectorAll(".disagreement"));
        Assert.Equal("30%", Gap(digest)); // 21 days against 30; in written units, 3 against 30 would read 90%.
        Assert.Equal(["three weeks", "25 days", "30 days"], digest.QuerySelectorAll(".competing-figure .figure").Select(f => f.TextContent));
    }
}
