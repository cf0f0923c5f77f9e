using Reader.Claims.Comparison;
using static Reader.Claims.Tests.Comparison.RelationAssert;

namespace Reader.Claims.Tests.Comparison;

/// <summary>Comparison through the real extractor, on the repository's seeds and on BASIL cluster 02.</summary>
[Trait("Category", "RealExtraction")]
public class RealEditionTests
{
    private static readonly string Basil02 = Path.Combine(Reader.Claims.Tests.Extraction.RepoPaths.Shared, "corpora", "basil", "02-2019-02-15-trump-declares-national-emergency-over-b");

    private static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(ExtractedEdition.RepoRoot(), "seeds"), prefix + "_*.txt").Single();

    [Fact]
    public void Seed_dates_of_the_meeting_agree_and_differ()
    {
        var s000 = ExtractedEdition.Article(Seed("000"), new DateOnly(2025, 2, 1));
        var s003 = ExtractedEdition.Article(Seed("003"), new DateOnly(2025, 1, 13));
        var s004 = ExtractedEdition.Article(Seed("004"), new DateOnly(2025, 1, 31));
        var comparison = new EditionComparer().Compare([s000, s003, s004]);

        var feb7In000 = ExtractedEdition.ClaimId(s000, "February 7, 2025");
        var feb7In004 = ExtractedEdition.ClaimId(s004, "February 7, 2025");
        var midFebIn003 = ExtractedEdition.ClaimId(s003, "mid-February");
        // 004 gives the date twice ("February 7 meeting", "February 7, 2025"): either may be the one the note picks.
        var feb7sIn004 = s004.Claims.Where(c => c.Claim.Text.StartsWith("February 7", StringComparison.Ordinal)).Select(c => (string?)c.ClaimId).ToHashSet();
        var on004 = comparison.For(feb7In000).Nearest.Single(e => e.ArticleId == s004.ArticleId);
        Assert.Equal(Relation.Agrees, on004.Relation);
        Assert.Contains(on004.ClaimId, feb7sIn004);
        Assert.Equal(Relation.Agrees, comparison.For(feb7In004).Nearest.Single(e => e.ArticleId == s000.ArticleId).Relation);
        // 003's "mid-February" differs from 004's date, both said of the planned visit.
        Related(comparison, feb7In004, midFebIn003, Relation.Differs);

        // 003 came out on 13 Jan, before 004 (31 Jan): the note on 004's date says so.
        var onMidFeb = comparison.For(feb7In004).Nearest.Single(e => e.ClaimId == midFebIn003);
        Assert.True(onMidFeb.IsEarlier);
    }

    [Fact]
    public void Basil_border_money_agrees_by_rounding_and_differs_past_it()
    {
        if (!Directory.Exists(Basil02)) Assert.Fail($"corpus missing: {Basil02}");
        var fox = ExtractedEdition.Article(Path.Combine(Basil02, "01-fox.txt"), new DateOnly(2019, 2, 15));
        var nyt = ExtractedEdition.Article(Path.Combine(Basil02, "02-nyt.txt"), new DateOnly(2019, 2, 15));
        var hpo = ExtractedEdition.Article(Path.Combine(Basil02, "03-hpo.txt"), new DateOnly(2019, 2, 15));
        var comparison = new EditionComparer().Compare([fox, nyt, hpo]);

        // "$1.4 billion" is [1.35, 1.45) bn and holds 1.375.
        var foxFunding = ExtractedEdition.ClaimId(fox, "$1.4 billion");
        var nytFunding = nyt.Claims.Where(c => c.Claim.Text.Contains("$1.375 billion")).Select(c => (string?)c.ClaimId).ToHashSet();
        var entry = comparison.For(foxFunding).Nearest.Single(e => e.ArticleId == nyt.ArticleId);
        Assert.Contains(entry.ClaimId, nytFunding);
        Assert.Equal(Relation.Agrees, entry.Relation);

        // Decision (see ClaimIntervals): "$3.5 billion" [3.45, 3.55) and "$3.6 billion" [3.55, 3.65) differ;
        // "about $3.6 billion" (±10%) agrees with $3.5 billion.
        var foxMilitary = ExtractedEdition.ClaimId(fox, "$3.5 billion");
        var nytMilitary = ExtractedEdition.ClaimId(nyt, "$3.6 billion");
        Assert.Equal(Relation.Differs, Between(comparison, foxMilitary, nytMilitary));
        // From the NYT side Fox's nearest figure is "$3 billion could be diverted … emergency declaration"; it
        // differs too, so whichever Fox figure the note picks, Fox differs.
        Assert.Equal(Relation.Differs, comparison.For(nytMilitary).Nearest.Single(e => e.ArticleId == fox.ArticleId).Relation);
        Related(comparison, foxMilitary, ExtractedEdition.ClaimId(hpo, "$3.6 billion"), Relation.Agrees);
    }
}
