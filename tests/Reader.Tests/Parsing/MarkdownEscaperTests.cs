using Markdig;
using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class MarkdownEscaperTests
{
    private static string Html(string text) => Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), ReaderMarkdown.Pipeline).Trim();

    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));

    [Theory]
    [InlineData("# Not a heading")]
    [InlineData("* not a list")]
    [InlineData("- not a list")]
    [InlineData("+ not a list")]
    [InlineData("1. not a list")]
    [InlineData("12) not a list")]
    [InlineData("> not a quote")]
    [InlineData("*not emphasis* and _not_ and **not**")]
    [InlineData("`not code`")]
    [InlineData("[not a link](https://x.org)")]
    [InlineData("![not an image](x.png)")]
    [InlineData("<b>not bold</b> &amp; <script>alert(1)</script>")]
    [InlineData("a | b | c")]
    [InlineData("~~not struck~~")]
    [InlineData("=== not a rule")]
    [InlineData("back\\slash")]
    [InlineData("[not a marker] and [ref] with [xyz]")]
    public void Markdown_looking_text_stays_text(string text)
    {
        var html = Html(text);

        Assert.StartsWith("<p>", html);
        Assert.Equal(text, Plain(html));
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<em>", html);
        Assert.DoesNotContain("<code>", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Source_markers_still_work() =>
        Assert.Contains("role=\"doc-biblioref\"", Html("Japan agreed [abcdef12]."));

    [Fact]
    public void Mid_word_dashes_are_left_alone() =>
        Assert.Equal("U.S.-Japan well-known", MarkdownEscaper.Escape("U.S.-Japan well-known"));

    [Fact]
    public void Brackets_other_than_a_markers_are_escaped_so_they_cannot_nest()
    {
        Assert.Equal("\\[a \\[b [abcdef12] c\\]", MarkdownEscaper.Escape("[a [b [abcdef12] c]"));
        var deep = string.Concat(Enumerable.Repeat("word [ ", 200_000));
        Assert.StartsWith("<p>", Html(deep)); // unescaped, Markdig refuses this as nested too deeply
    }
}
