using Reader.Links;

namespace Reader.Tests.Links;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("HTTP://EXAMPLE.ORG")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("relative/page")]
    [InlineData("/root/relative")]
    [InlineData("//example.org/protocol-relative")]
    [InlineData("#fragment")]
    [InlineData("?query=a:b")]
    [InlineData("dir/page:with-colon")]
    [InlineData("./page:with-colon")]
    [InlineData("")]
    public void Allowed(string url) => Assert.True(LinkPolicy.IsAllowed(url), url);

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("  javascript:alert(1)", "javascript")]
    [InlineData("\u0001javascript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData("vbscript:msgbox", "vbscript")]
    [InlineData("data:text/html,x", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("tel:+100", "tel")]
    [InlineData("x-custom+v1.0:thing", "x-custom+v1.0")]
    public void Refused_naming_the_scheme(string url, string scheme)
    {
        Assert.False(LinkPolicy.IsAllowed(url));
        Assert.Equal(scheme, LinkPolicy.SchemeOf(url));
    }

    [Theory]
    [InlineData("https://example.org", "https://example.org")]
    [InlineData(" https://example.org:8443/ ", "https://example.org:8443")]
    [InlineData("https://example.org/news/", null)] // the path the site is served under is --base-url's
    [InlineData("example.org", null)]
    [InlineData("x y", null)]
    [InlineData("javascript:alert(1)//", null)]
    [InlineData("ftp://example.org", null)]
    [InlineData("https://example.org/?q=1", null)]
    [InlineData("https://user@example.org", null)]
    public void The_site_origin_is_an_absolute_http_address(string text, string? origin) =>
        Assert.Equal(origin, SiteOrigin.Parse(text));
}
