using Reader.Claims.Comparison;
using Reader.Claims.Model;
using static Reader.Claims.Tests.Comparison.RelationAssert;

namespace Reader.Claims.Tests.Comparison;

public class SubjectMatchingTests
{
    [Fact]
    public void Killed_and_injured_are_different_subjects()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("Police said 12 people were killed in the explosion at the market.")
                .Count("12 people", 12m, "people")
            .Article("b").Sentence("Police said 30 people were injured in the explosion at the market.")
                .Count("30 people", 30m, "people")
            .Compare();

        Unrelated(comparison, "a.1", "b.1");
        Assert.Equal(0, comparison.For("a.1").Total);
    }

    [Fact]
    public void The_same_toll_in_other_words_around_it_still_matches()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("Police said 12 people were killed in the explosion at the market.")
                .Count("12 people", 12m, "people")
            .Article("b").Sentence("Officials confirmed 14 people were killed when the explosion tore through the market.")
                .Count("14 people", 14m, "people")
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Differs);
    }

    [Fact]
    public void Amounts_in_different_currencies_are_not_compared()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The carmaker will invest $500 million in the new battery plant.")
                .Money("$500 million", 500_000_000m, "USD")
            .Article("b").Sentence("The carmaker will invest €500 million in the new battery plant.")
                .Money("€500 million", 500_000_000m, "EUR")
            .Compare();

        Unrelated(comparison, "a.1", "b.1");
    }

    [Fact]
    public void Equal_values_on_unrelated_subjects_are_not_compared()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The carmaker will invest $500 million in the new battery plant.")
                .Money("$500 million", 500_000_000m)
            .Article("b").Sentence("The city council approved a $500 million bond for school repairs.")
                .Money("$500 million", 500_000_000m)
            .Compare();

        Unrelated(comparison, "a.1", "b.1");
    }

    [Fact]
    public void A_sole_source_has_nothing_to_compare()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The carmaker will invest $500 million in the new battery plant.")
                .Money("$500 million", 500_000_000m)
            .Article("b").Sentence("The mayor opened a new library downtown on Tuesday.")
            .Compare();

        var note = comparison.For("a.1");
        Assert.Empty(note.Nearest);
        Assert.Equal(0, note.Total);
        Assert.Empty(comparison.Subjects);
    }

    [Fact]
    public void Only_the_best_claim_of_each_other_article_is_related()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The spending bill gives the border wall $1.4 billion in new funding.")
                .Money("$1.4 billion", 1_400_000_000m)
            .Article("b").Sentence("The spending bill provides $1.375 billion for the border wall, far short of the $5.7 billion requested.")
                .Money("$1.375 billion", 1_375_000_000m).Money("$5.7 billion", 5_700_000_000m)
            .Compare();

        var note = comparison.For("a.1");
        var entry = Assert.Single(note.Nearest);
        Assert.Equal("b.1", entry.ClaimId);
        Assert.Equal(Relation.Agrees, entry.Relation);
    }
}
