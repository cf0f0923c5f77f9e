using Markdig;
using Markdig.Syntax;
using Reader.Markdown.Links;

namespace Reader.Markdown.Tests;

/// <summary>Links the caller does not allow leave the tree; their words stay, and each is reported with its line.</summary>
public sealed class UnsafeLinkRemoverTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseFootnotes().UseReaderAnnotations().DisableHtml().Build();

    private static (string Html, List<DroppedLink> Dropped) Remove(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var dropped = UnsafeLinkRemover.Remove(document, url => !url.StartsWith("bad:", StringComparison.Ordinal));
        return (document.ToHtml(Pipeline).Trim(), dropped);
    }

    [Fact]
    public void A_link_leaves_its_words_and_a_safe_link_stays()
    {
        var (html, dropped) = Remove("See [the report](bad:x) and [the map](https://example.org/m).");

        Assert.Equal("<p>See the report and <a href=\"https://example.org/m\">the map</a>.</p>", html);
        Assert.Equal([new DroppedLink("bad:x", "link", 0)], dropped);
    }

    [Fact]
    public void Images_autolinks_and_links_by_reference_go_with_their_line()
    {
        var (html, dropped) = Remove("One ![a chart](bad:img)\ntwo <bad:auto> three [ref][r].\n\n[r]: bad:ref");

        Assert.Equal("<p>One a chart\ntwo bad:auto three ref.</p>", html);
        Assert.Equal([("bad:img", "image", 0), ("bad:auto", "autolink", 1), ("bad:ref", "link", 1)], dropped.Select(d => (d.Url, d.Kind, d.Line)));
    }

    [Fact]
    public void An_image_inside_a_link_is_checked_too()
    {
        var (html, dropped) = Remove("[![logo](bad:img)](bad:link) [![logo](https://example.org/l.png)](bad:link)");

        Assert.Equal("<p>logo <img src=\"https://example.org/l.png\" alt=\"logo\" /></p>", html);
        Assert.Equal(3, dropped.Count);
    }

    [Fact]
    public void Words_left_by_a_link_join_the_text_around_them()
    {
        var document = Markdig.Markdown.Parse("about [40](bad:x) boats", Pipeline);
        UnsafeLinkRemover.Remove(document, _ => false);

        var literal = Assert.Single(document.Descendants<ParagraphBlock>().Single().Inline!);
        Assert.Equal("about 40 boats", literal.ToString());
    }
}
