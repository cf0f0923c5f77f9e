using Reader.Checking;

namespace Reader.Tests.Checking;

public sealed class SiteUrlResolverTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("sub/path", "/sub/path/")]
    [InlineData("/sub/path/", "/sub/path/")]
    [InlineData("https://example.com/blog", "/blog/")]
    [InlineData("/my site/", "/my%20site/")]
    public void Base_url_is_normalized_to_a_slash_delimited_path(string? input, string expected) =>
        Assert.Equal(expected, SiteUrlResolver.NormalizeBaseUrl(input));

    [Theory]
    [InlineData("../b/", "Internal", "a/b/")]
    [InlineData("/base/x.css", "Internal", "x.css")]
    [InlineData("/x.css", "OutsideBase", "")]
    [InlineData("https://elsewhere.example/", "External", "")]
    [InlineData("//cdn.example/x.js", "External", "")]
    [InlineData("mailto:me@example.org", "External", "")]
    [InlineData("caf%C3%A9.html", "Internal", "a/b/café.html")]
    [InlineData("  c.html\n", "Internal", "a/b/c.html")]
    public void Urls_resolve_like_a_browser(string href, string kind, string path)
    {
        var resolver = new SiteUrlResolver("/base/");
        var resolved = resolver.Resolve(resolver.PageUri("a/b/index.html"), href);

        Assert.Equal(kind, resolved.Kind.ToString());
        Assert.Equal(path, resolved.Path);
    }

    [Fact]
    public void Fragment_is_kept_as_written()
    {
        var resolver = new SiteUrlResolver("/");
        Assert.Equal("r%C3%A9", resolver.Resolve(resolver.PageUri("index.html"), "#r%C3%A9").Fragment);
        Assert.Null(resolver.Resolve(resolver.PageUri("index.html"), "x.html").Fragment);
    }
}
