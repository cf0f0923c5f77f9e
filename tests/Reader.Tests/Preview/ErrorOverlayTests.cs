using Reader.Pipeline;
using Reader.Preview;

namespace Reader.Tests.Preview;

public sealed class ErrorOverlayTests
{
    [Fact]
    public void Messages_and_file_names_are_html_escaped()
    {
        var html = ErrorOverlay.For([new Diagnostic(Severity.Error, "theme/<b>x.sbn-html", 7, "\"{{<script>alert(1)</script>}}\" & more")]);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&amp; more", html);
        Assert.Contains("<span data-line>7</span>", html);
    }

    [Fact]
    public void The_overlay_and_script_go_before_the_closing_body_tag()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("<html><body><p>x</p></body></html>");
        var result = System.Text.Encoding.UTF8.GetString(HtmlInjector.Inject(page, "<i>added</i>"));
        Assert.Equal("<html><body><p>x</p><i>added</i></body></html>", result);
    }

    [Theory]
    [InlineData("a.png", "image/png")]
    [InlineData("a.svg", "image/svg+xml")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("a.html", "text/html; charset=utf-8")]
    [InlineData("a.unknown", "application/octet-stream")]
    public void Content_types_follow_the_extension(string path, string type) => Assert.Equal(type, ContentTypes.For(path));
}
