using System.Text;
using Markdig;
using Reader.Claims.Extraction;
using Reader.Markdown.Claims;

namespace Reader.Markdown.Tests;

/// <summary>The bounds that keep annotation linear: sentence windows, pieces for the extractor, the claim limit.</summary>
public sealed class AnnotationLimitsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes().UseReaderAnnotations().DisableHtml().Build();

    private static ArticleAnnotations Annotate(string markdown, AnnotationLimits? limits = null) =>
        new ClaimAnnotator(new ClaimExtractor(), limits).Annotate(Markdig.Markdown.Parse(markdown, Pipeline), "a", null);

    private static string WithoutStops(int length)
    {
        var text = new StringBuilder();
        for (int i = 0; text.Length < length; i++) text.Append("the depot counted ").Append(100 + i).Append(" crates and ");
        return text.ToString(0, length).TrimEnd();
    }

    [Fact]
    public void A_sentence_without_end_is_cut_into_windows_at_spaces()
    {
        var annotations = Annotate(WithoutStops(9_000));

        Assert.True(annotations.Sentences.Count >= 5);
        Assert.All(annotations.Sentences, s => Assert.InRange(s.Text.Length, 1, 2_000));
        // Cut only at spaces: the windows joined by one space are the text again, no word split.
        Assert.Equal(WithoutStops(9_000), string.Join(' ', annotations.Sentences.Select(s => s.Text)));
    }

    [Fact]
    public void A_run_without_spaces_is_cut_at_the_limit_without_splitting_a_surrogate_pair()
    {
        var annotations = Annotate(string.Concat(Enumerable.Repeat("a😀", 1_000)));

        Assert.Equal(2, annotations.Sentences.Count);
        Assert.All(annotations.Sentences, s => Assert.False(char.IsLowSurrogate(s.Text[0]) || char.IsHighSurrogate(s.Text[^1])));
        Assert.Equal(3_000, annotations.Sentences.Sum(s => s.Text.Length));
    }

    private const string TwoParagraphs = "The depot counted 10 crates on Monday.\n\nOn Friday it counted 30 crates, and 40 vans left.";

    [Fact]
    public void The_claim_limit_stops_annotation_and_says_in_which_paragraph()
    {
        int all = Annotate(TwoParagraphs).Claims.Count;
        Assert.True(all >= 2);

        var annotations = Annotate(TwoParagraphs, new AnnotationLimits { MaxClaimsPerArticle = all - 1 });

        Assert.Equal(all - 1, annotations.Claims.Count);
        Assert.Equal(2, annotations.ClaimLimitLine);
    }

    [Fact]
    public void At_the_limit_nothing_is_said()
    {
        int all = Annotate(TwoParagraphs).Claims.Count;

        var annotations = Annotate(TwoParagraphs, new AnnotationLimits { MaxClaimsPerArticle = all });

        Assert.Equal(all, annotations.Claims.Count);
        Assert.Null(annotations.ClaimLimitLine);
    }

    [Fact]
    public void A_long_paragraph_read_in_pieces_gives_the_claims_it_gives_whole()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"On day {i + 1} the depot counted {100 + i} crates."));
        var whole = Annotate(paragraph);
        var pieces = Annotate(paragraph, new AnnotationLimits { MaxExtractionLength = 300, MaxSentenceLength = 100 });

        Assert.True(paragraph.Length > 3_000);
        Assert.Equal(whole.Claims.Select(c => c.Claim.Text), pieces.Claims.Select(c => c.Claim.Text));
        Assert.Equal(whole.Claims.Select(c => c.SentenceId), pieces.Claims.Select(c => c.SentenceId));
    }
}
