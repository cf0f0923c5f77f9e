using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class TitleDeriverTests
{
    [Fact]
    public void Takes_the_first_sentence_without_its_full_stop() =>
        Assert.Equal("Japan met the U.S. on Friday", TitleDeriver.FromLead("Japan met the U.S. on Friday. Talks followed."));

    [Fact]
    public void Drops_source_markers() =>
        Assert.Equal("Japan met the allies", TitleDeriver.FromLead("Japan met the allies [abcdef12]. More."));

    [Fact]
    public void Cuts_a_long_lead_at_a_word_boundary()
    {
        var lead = "Prime Minister Shigeru Ishiba is set to meet with President Donald Trump on February seventh in a bid to strengthen ties while avoiding pitfalls";

        var title = TitleDeriver.FromLead(lead);

        Assert.EndsWith("…", title);
        Assert.True(title.Length <= 91, title);
        var words = title.TrimEnd('…').Split(' ');
        Assert.All(words, w => Assert.Contains(w, lead.Split(' ')));
        Assert.StartsWith(title.TrimEnd('…'), lead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[abcdef12]")]
    [InlineData("...")]
    public void Is_never_untitled_or_empty(string lead)
    {
        var title = TitleDeriver.FromLead(lead);

        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.DoesNotContain("Untitled", title, StringComparison.OrdinalIgnoreCase);
    }
}
