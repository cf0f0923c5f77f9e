using Reader.Claims.Comparison;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Comparison;

public class CapTests
{
    /// <summary>Eight outlets give the troop figure: six round it to 50,000, two say 80,000.</summary>
    private static TestEdition Troops()
    {
        var edition = new TestEdition();
        for (int i = 0; i < 8; i++)
        {
            bool high = i >= 6;
            string figure = high ? "80,000 American troops" : "About 50,000 American troops";
            edition.Article($"n{i}").Sentence($"{figure} are stationed in the country under the security treaty.")
                .Count(figure, high ? 80_000m : 50_000m, "troop", high ? Qualifier.None : Qualifier.Approximately);
        }
        return edition;
    }

    [Fact]
    public void Nearest_is_capped_but_every_related_article_is_counted()
    {
        var comparison = Troops().Compare(new CompareOptions { MaxEntriesPerClaim = 3 });

        var note = comparison.For("n0.1");
        Assert.Equal(3, note.Nearest.Count);
        Assert.Equal(5, note.AgreeCount);
        Assert.Equal(2, note.DifferCount);
        Assert.Equal(4, note.NotShown);
    }

    [Fact]
    public void One_subject_row_holds_every_claim_and_flags_the_disagreement()
    {
        var row = Assert.Single(Troops().Compare().Subjects);
        Assert.Equal(8, row.ClaimIds.Count);
        Assert.True(row.HasDisagreement);
        Assert.Equal(ClaimKind.Count, row.Kind);
        Assert.Equal("American troops", row.Label);
    }

    [Fact]
    public void The_same_edition_gives_the_same_comparison()
    {
        var first = Troops().Compare();
        var second = Troops().Compare();
        for (int i = 0; i < 8; i++)
            Assert.Equal(first.For($"n{i}.1").Nearest, second.For($"n{i}.1").Nearest);
    }
}
