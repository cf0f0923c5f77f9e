using Reader.Claims.Comparison;
using Reader.Claims.Extraction;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Extraction;

/// <summary>A tally is a pair for–against: it is never read as a range, and two tallies agree only when both numbers are equal.</summary>
public class TallyValueTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static Claim Tally(string sentence) => Assert.Single(Extractor.Extract(sentence), c => c.Kind == ClaimKind.Tally);

    [Fact]
    public void A_tally_is_no_range_and_reads_in_written_order()
    {
        var claim = Tally("The chamber voted 301-112 to pass it.");
        Assert.False(claim.Value.IsRange);
        Assert.Equal("301-112", claim.Value.Iso);
        Assert.Equal("301–112", claim.Normalised);
    }

    [Theory]
    [InlineData("The chamber voted 93-5 to pass it.", "The upper house passed it 93-5 on the day.", true)]
    [InlineData("The chamber voted 93-5 to pass it.", "The upper house passed it 93-6 on the day.", false)]
    [InlineData("The chamber voted 93-5 to pass it.", "The upper house passed it 92-5 on the day.", false)]
    [InlineData("The chamber voted 52-48 to pass it.", "The upper house passed it 52-47 on the day.", false)]
    public void Two_tallies_overlap_only_when_both_numbers_are_equal(string a, string b, bool overlap)
    {
        var first = ClaimIntervals.Of(Tally(a));
        var second = ClaimIntervals.Of(Tally(b));
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(overlap, first.Value.Overlaps(second.Value));
    }
}
