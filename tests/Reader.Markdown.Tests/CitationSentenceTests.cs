using Markdig;
using Reader.Claims.Extraction;
using Reader.Markdown.Claims;

namespace Reader.Markdown.Tests;

/// <summary>Which sentence a citation belongs to, as the sources page lists it.</summary>
public sealed class CitationSentenceTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes().UseReaderAnnotations().DisableHtml().Build();

    private static ArticleAnnotations Annotate(string markdown) =>
        new ClaimAnnotator(new ClaimExtractor()).Annotate(Markdig.Markdown.Parse(markdown, Pipeline), "a", null);

    [Fact]
    public void A_marker_after_a_full_stop_cites_the_sentence_before_it()
    {
        var annotations = Annotate("Japan agreed to buy oil. [a1b2c3d4] Then the talks ended.");

        var citation = Assert.Single(annotations.Citations);
        Assert.Equal(annotations.Sentences[0].Id, citation.SentenceId);
        Assert.Equal("Japan agreed to buy oil.", citation.Sentence);
        Assert.Equal(2, annotations.Sentences.Count);
        Assert.Equal("Then the talks ended.", annotations.Sentences[1].Text);
    }

    [Fact]
    public void A_marker_before_the_full_stop_cites_its_own_sentence()
    {
        var annotations = Annotate("First point. Japan agreed to buy oil [a1b2c3d4]. Then it ended.");

        Assert.Equal(annotations.Sentences[1].Id, Assert.Single(annotations.Citations).SentenceId);
        Assert.Equal("Japan agreed to buy oil.", annotations.Sentences[1].Text);
    }

    [Fact]
    public void Each_citation_of_a_source_gets_the_next_number()
    {
        var annotations = Annotate("One [a1b2c3d4].\n\nTwo [a1b2c3d4, e5f6a7b8].");

        Assert.Equal(["cite-a1b2c3d4-1", "cite-a1b2c3d4-2", "cite-e5f6a7b8-1"], annotations.Citations.Select(c => c.Anchor));
        var (one, two) = (annotations.Sentences[0].Id, annotations.Sentences[1].Id);
        Assert.Equal([one, two, two], annotations.Citations.Select(c => c.SentenceId));
    }
}
