using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class HeadingRuleTests
{
    [Theory]
    [InlineData("Maintaining a Strong U.S.-Japan Alliance")]
    [InlineData("Energy Cooperation Between Japan and the U.S.")]
    [InlineData("Defense Spending and Security Commitments")]
    [InlineData("Deals With Acme Inc.")]
    public void Title_case_lines_are_headings(string line) => Assert.True(HeadingRule.IsHeading(line));

    [Theory]
    [InlineData("Japan agreed to buy more gas.")]
    [InlineData("Japan Agreed To Buy More Gas.")]
    [InlineData("Is Japan Ready?")]
    [InlineData("Japan")]
    [InlineData("japan and the United States")]
    [InlineData("Japan and the allies agreed")]
    public void Sentences_and_fragments_are_not(string line) => Assert.False(HeadingRule.IsHeading(line));

    [Fact]
    public void Long_lines_are_not_headings() =>
        Assert.False(HeadingRule.IsHeading(string.Join(' ', Enumerable.Repeat("Word", 20))));
}
