using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("A pivotal visit for U.S.-Japan relations", "a-pivotal-visit-for-u-s-japan-relations")]
    [InlineData("Café Ishiba’s déjà vu", "cafe-ishibas-deja-vu")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("$139 Million in 7 Years", "139-million-in-7-years")]
    [InlineData("東京", "")]
    public void Makes_lower_case_ascii_words(string text, string slug) => Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void Long_titles_are_capped_without_a_trailing_dash()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("word", 40)));

        Assert.InRange(slug.Length, 60, 72);
        Assert.False(slug.EndsWith('-'));
    }
}
