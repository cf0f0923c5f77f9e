using Reader.Rendering.Data;

namespace Reader.Tests.Site;

/// <summary>
/// The feed carries each article's body; a feed reader resolves a relative link against the feed's address, so
/// every relative link and image is made absolute as a browser on the article's page would resolve it.
/// </summary>
public sealed class FeedLinksTests
{
    private static readonly Uri Article = new("https://example.org/news/articles/plant-closes/");

    [Theory]
    [InlineData("<a href=\"#n-c-plant-1a2b\">1</a>", "<a href=\"https://example.org/news/articles/plant-closes/#n-c-plant-1a2b\">1</a>")]
    [InlineData("<a href=\"/news/sources/#s-a1b2c3d4\">s</a>", "<a href=\"https://example.org/news/sources/#s-a1b2c3d4\">s</a>")]
    [InlineData("<a href=\"other/\">x</a>", "<a href=\"https://example.org/news/articles/plant-closes/other/\">x</a>")]
    [InlineData("<img src=\"../chart.png\" alt=\"\">", "<img src=\"https://example.org/news/articles/chart.png\" alt=\"\">")]
    [InlineData("<a href=\"?page=2&amp;x=1\">p</a>", "<a href=\"https://example.org/news/articles/plant-closes/?page=2&amp;x=1\">p</a>")]
    public void Relative_links_and_images_resolve_against_the_article(string body, string expected) =>
        Assert.Equal(expected, FeedWriter.Absolute(body, Article));

    [Theory]
    [InlineData("<a href=\"https://other.example/a?b=1&amp;c=2\">o</a>")]
    [InlineData("<a href=\"mailto:desk@example.org\">m</a>")]
    public void Links_with_a_scheme_are_left_as_written(string body) =>
        Assert.Equal(body, FeedWriter.Absolute(body, Article));
}
