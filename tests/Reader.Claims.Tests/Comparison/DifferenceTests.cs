using Reader.Claims.Comparison;
using Reader.Claims.Model;
using static Reader.Claims.Tests.Comparison.RelationAssert;

namespace Reader.Claims.Tests.Comparison;

public class DifferenceTests
{
    [Fact]
    public void A_count_outside_a_lower_bound_differs()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The wildfire destroyed 120 homes in the county before crews contained it.")
                .Count("120 homes", 120m, "home")
            .Article("b").Sentence("More than 150 homes were destroyed by the wildfire in the county.")
                .Count("More than 150 homes", 150m, "home", Qualifier.MoreThan)
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Differs);
        Assert.Equal(1, comparison.For("a.1").DifferCount);
        Assert.True(Assert.Single(comparison.Subjects).HasDisagreement);
    }

    [Fact]
    public void A_date_outside_a_vague_span_differs()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The prime minister plans to visit Washington in mid-February to meet the president.")
                .Date("mid-February", new DateOnly(2025, 2, 11), new DateOnly(2025, 2, 20))
            .Article("b").Sentence("The prime minister will visit Washington to meet the president on February 7, 2025.")
                .Date("February 7, 2025", new DateOnly(2025, 2, 7), new DateOnly(2025, 2, 7))
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Differs);
    }

    [Fact]
    public void A_date_inside_a_vague_span_agrees()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("The prime minister plans to visit Washington in mid-February to meet the president.")
                .Date("mid-February", new DateOnly(2025, 2, 11), new DateOnly(2025, 2, 20))
            .Article("b").Sentence("The prime minister will visit Washington to meet the president on February 14, 2025.")
                .Date("February 14, 2025", new DateOnly(2025, 2, 14), new DateOnly(2025, 2, 14))
            .Compare();

        Related(comparison, "a.1", "b.1", Relation.Agrees);
    }

    [Fact]
    public void Dates_of_two_events_that_share_only_a_name_do_not_differ()
    {
        // Both sentences speak of Okafor and of dates, but of different events: an inauguration and a meeting.
        var comparison = new TestEdition()
            .Article("a").Sentence("Foreign Minister Adeyemi is set to attend Okafor's inauguration on January 20 before Prime Minister Tanaka visits Washington.")
                .Date("January 20", new DateOnly(2025, 1, 20), new DateOnly(2025, 1, 20))
            .Article("b").Sentence("Prime Minister Tanaka is set to visit Washington for a first meeting with Okafor, scheduled for February 7.")
                .Date("February 7", new DateOnly(2025, 2, 7), new DateOnly(2025, 2, 7))
            .Compare();

        Assert.DoesNotContain(comparison.For("a.1").Nearest, e => e.Relation == Relation.Differs);
        Assert.Equal(0, comparison.For("b.1").DifferCount);
    }
}
