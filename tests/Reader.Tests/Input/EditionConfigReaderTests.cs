using Reader.Input;

namespace Reader.Tests.Input;

public sealed class EditionConfigReaderTests
{
    [Fact]
    public void Reads_title_articles_and_sources()
    {
        var config = EditionConfigReader.Read("""
            title: T
            articles:
              a1:
                title: Headline
                order: 2
            sources:
              ABCDEF12:
                title: Report
                url: https://x.org
            """, "edition.yml");

        Assert.Equal("T", config.Title);
        Assert.Equal("Headline", config.Articles["a1"].Title);
        Assert.Equal(2, config.Articles["a1"].Order);
        Assert.Equal("Report", config.Sources["abcdef12"].Title);
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_its_line()
    {
        var e = Assert.Throws<InputException>(() => EditionConfigReader.Read("title: T\ndescription: D\ntitel: X\n", "edition.yml"));

        Assert.Equal("edition.yml", e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("titel", e.Message);
    }

    [Fact]
    public void An_unknown_article_key_is_an_error_naming_its_line()
    {
        var e = Assert.Throws<InputException>(() => EditionConfigReader.Read("articles:\n  a1:\n    title: X\n    headline: Y\n", "edition.yml"));

        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_a_line()
    {
        var e = Assert.Throws<InputException>(() => EditionConfigReader.Read("title: T\narticles:\n  a1: [unclosed\n", "edition.yml"));

        Assert.NotNull(e.Line);
        Assert.InRange(e.Line!.Value, 3, 4);
    }

    [Fact]
    public void An_unclosed_flow_list_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => EditionConfigReader.Read("title: T\ndescription: [unclosed\nurl: x\n", "edition.yml"));

        Assert.NotNull(e.Line);
    }

    [Fact]
    public void An_empty_file_is_an_empty_config()
    {
        var config = EditionConfigReader.Read("", "edition.yml");

        Assert.Null(config.Title);
        Assert.Empty(config.Articles);
    }
}
