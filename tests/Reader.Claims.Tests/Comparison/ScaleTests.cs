using Reader.Claims.Comparison;
using Reader.Claims.Model;
using Reader.Claims.Text;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// One subject shared by 20,000 articles: the search per claim is capped, so notes stay small and counts
/// come from the subject's statistics. No timing is asserted; the benchmark project measures speed.
/// </summary>
public class ScaleTests
{
    private const int Articles = 20_000;

    private static IReadOnlyList<ArticleInput> Storm()
    {
        // Built directly (not through TestEdition) to keep the test light: one sentence per article, and all
        // sentences share the same words, the worst case for an inverted index.
        var lowText = "The storm left 1,040 homes without power across the region.";
        var highText = "The storm left 1,260 homes without power across the region.";
        var terms = TermExtractor.Terms(lowText);
        var articles = new ArticleInput[Articles];
        for (int i = 0; i < Articles; i++)
        {
            bool high = i % 2 == 1;
            var text = high ? highText : lowText;
            var figure = high ? "1,260 homes" : "1,040 homes";
            var claim = new Claim
            {
                Start = text.IndexOf(figure), Length = figure.Length, Text = figure, Kind = ClaimKind.Count,
                Value = ClaimValue.Number(high ? 1260 : 1040), Unit = "home", Qualifier = Qualifier.None,
                Subject = new Subject("homes without power", "home", terms), SentenceIndex = 0, Normalised = figure,
                // As the extractor reads it: the homes are what is counted, "left" the act.
                Frame = new Frame { Measure = "home", MeasureText = "homes", Predicate = "leave", PredicateText = "left", Context = ["storm", "power", "region"] },
            };
            articles[i] = new ArticleInput($"a{i:D5}", null, [new SentenceInput("s1", text)], [new ClaimInput($"a{i:D5}.1", "s1", claim)]);
        }
        return articles;
    }

    [Fact]
    public void Twenty_thousand_articles_on_one_subject_stay_bounded_and_counted()
    {
        var options = new CompareOptions { MaxEntriesPerClaim = 5, MaxCandidatesPerClaim = 100 };
        var comparison = new EditionComparer(options).Compare(Storm());

        foreach (var id in new[] { "a00000.1", "a09999.1", "a19998.1" })
        {
            var note = comparison.For(id);
            Assert.Equal(5, note.Nearest.Count);
            Assert.Equal(Articles / 2 - 1, note.AgreeCount); // the other 1,040s
            Assert.Equal(Articles / 2, note.DifferCount);    // every 1,260 (near enough to be told apart: see FrameMatcher.MinDifferCloseness)
            Assert.Equal(0, note.MentionCount);
        }
        var high = comparison.For("a00001.1");
        Assert.Equal(Articles / 2 - 1, high.AgreeCount);
        Assert.Equal(Articles / 2, high.DifferCount);

        var row = Assert.Single(comparison.Subjects);
        Assert.Equal(Articles, row.ClaimIds.Count);
        Assert.True(row.HasDisagreement);
        Assert.Empty(row.Mentions);
    }
}
