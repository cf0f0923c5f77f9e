using Reader.Claims.Comparison;
using Reader.Claims.Model;
using static Reader.Claims.Tests.Comparison.RelationAssert;

namespace Reader.Claims.Tests.Comparison;

public class AgreementTests
{
    [Fact]
    public void A_rounded_figure_agrees_with_the_precise_one_it_rounds()
    {
        // "$1.4 billion" covers [1.35, 1.45) billion, which holds 1.375.
        var comparison = new TestEdition()
            .Article("a").Sentence("The spending bill gives the border wall $1.4 billion in new funding.")
                .Money("$1.4 billion", 1_400_000_000m)
            .Article("b").Sentence("The spending bill provides $1.375 billion for the border wall.")
                .Money("$1.375 billion", 1_375_000_000m)
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Agrees);
    }

    [Fact]
    public void Figures_whose_rounding_does_not_overlap_differ()
    {
        // Decision: "$3.5 billion" is [3.45, 3.55) and "$3.6 billion" is [3.55, 3.65): each as written rules the
        // other out, so they differ. Hedged, "about $3.6 billion" is ±10% and takes in 3.5: it agrees.
        var comparison = new TestEdition()
            .Article("a").Sentence("The emergency lets the president divert $3.5 billion from military construction to the wall.")
                .Money("$3.5 billion", 3_500_000_000m)
            .Article("b").Sentence("The emergency declaration lets the president divert $3.6 billion from military construction projects to the wall.")
                .Money("$3.6 billion", 3_600_000_000m)
            .Article("c").Sentence("The emergency will let the president divert about $3.6 billion from military construction to the wall.")
                .Money("about $3.6 billion", 3_600_000_000m, q: Qualifier.Approximately)
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Differs);
        Related(comparison, "a.1", "c.1", Relation.Agrees);
        Related(comparison, "b.1", "c.1", Relation.Agrees);
    }

    [Fact]
    public void A_hedged_figure_agrees_with_one_inside_its_margin()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("About 50,000 American troops are stationed in the country under the treaty.")
                .Count("About 50,000 American troops", 50_000m, "troop", Qualifier.Approximately)
            .Article("b").Sentence("Under the treaty, 54,000 American troops are stationed in the country.")
                .Count("54,000 American troops", 54_000m, "troop")
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Agrees);
        Assert.Equal(1, comparison.For("a.1").AgreeCount);
        Assert.Equal(0, comparison.For("a.1").DifferCount);
    }

    [Fact]
    public void The_same_exact_date_agrees()
    {
        var day = new DateOnly(2025, 2, 7);
        var comparison = new TestEdition()
            .Article("a").Sentence("The prime minister will meet the president in Washington on February 7, 2025.")
                .Date("February 7, 2025", day, day)
            .Article("b").Sentence("The prime minister is set to meet the president on February 7, 2025, officials in Washington confirmed.")
                .Date("February 7, 2025", day, day)
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Agrees);
    }
}
