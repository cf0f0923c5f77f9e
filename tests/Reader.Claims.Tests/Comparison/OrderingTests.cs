using Reader.Claims.Comparison;

namespace Reader.Claims.Tests.Comparison;

public class OrderingTests
{
    private static readonly DateOnly Feb7 = new(2025, 2, 7);

    private static EditionComparison Visit(DateOnly? early, DateOnly? late) => new TestEdition()
        .Article("early", early).Sentence("The prime minister plans to visit Washington in mid-February to meet the president.")
            .Date("mid-February", new DateOnly(2025, 2, 11), new DateOnly(2025, 2, 20))
        .Article("late", late).Sentence("The prime minister will visit Washington to meet the president on February 7, 2025.")
            .Date("February 7, 2025", Feb7, Feb7)
        .Compare();

    [Fact]
    public void A_note_says_whether_the_other_report_came_earlier_or_later()
    {
        var comparison = Visit(new DateOnly(2025, 1, 13), new DateOnly(2025, 1, 31));

        var onLate = Assert.Single(comparison.For("late.1").Nearest);
        Assert.True(onLate.IsEarlier);
        Assert.False(onLate.IsLater);
        Assert.Equal(new DateOnly(2025, 1, 13), onLate.Published);
        Assert.Equal("mid-February", onLate.Figure);

        var onEarly = Assert.Single(comparison.For("early.1").Nearest);
        Assert.True(onEarly.IsLater);
        Assert.False(onEarly.IsEarlier);
    }

    [Fact]
    public void Unknown_or_equal_dates_are_neither_earlier_nor_later()
    {
        var unknown = Assert.Single(Visit(null, new DateOnly(2025, 1, 31)).For("late.1").Nearest);
        Assert.False(unknown.IsEarlier || unknown.IsLater);

        var same = Assert.Single(Visit(Feb7, Feb7).For("late.1").Nearest);
        Assert.False(same.IsEarlier || same.IsLater);
    }
}
