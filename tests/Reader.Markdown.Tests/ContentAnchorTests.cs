using Markdig;
using Reader.Claims.Extraction;
using Reader.Markdown.Claims;

namespace Reader.Markdown.Tests;

/// <summary>Claim and sentence anchors come from their words: edits elsewhere in the article leave them where they were.</summary>
public sealed class ContentAnchorTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseReaderAnnotations().DisableHtml().Build();

    private const string Claim = "About 54,000 troops are stationed in the country.";

    private static ArticleAnnotations Annotate(string markdown) =>
        new ClaimAnnotator(new ClaimExtractor()).Annotate(Markdig.Markdown.Parse(markdown, Pipeline), "art", null);

    private static AnnotatedClaim Troops(ArticleAnnotations annotations) =>
        Assert.Single(annotations.Claims, c => c.Claim.Text.Contains("54,000", StringComparison.Ordinal));

    [Fact]
    public void A_claim_anchor_is_made_of_its_figure_and_its_sentence()
    {
        var annotations = Annotate(Claim);
        var claim = Troops(annotations);
        var sentence = Assert.Single(annotations.Sentences);

        Assert.Matches("^c-(about-)?54000-[a-z2-9]{5}$", claim.Anchor);
        Assert.Equal(sentence.Id, claim.SentenceId);
        Assert.EndsWith(sentence.Id["s-".Length..], claim.Anchor, StringComparison.Ordinal);
        Assert.Equal("art#" + claim.Anchor, claim.ClaimId);
    }

    [Fact]
    public void Text_added_above_a_claim_leaves_its_anchors_as_they_were()
    {
        var before = Annotate("The talks began on Monday.\n\n" + Claim);
        var after = Annotate("A new first paragraph with 12 figures of its own.\n\nThe talks began on Monday. They ran late.\n\n" +
            "Officials spoke to 300 reporters. " + Claim);

        Assert.Equal(Troops(before).Anchor, Troops(after).Anchor);
        Assert.Equal(Troops(before).ClaimId, Troops(after).ClaimId);
        Assert.Equal(Troops(before).SentenceId, Troops(after).SentenceId);
        Assert.NotEqual(Troops(before).Number, Troops(after).Number);
    }

    [Fact]
    public void Text_removed_below_a_claim_leaves_its_anchor_as_it_was()
    {
        var before = Annotate(Claim + " Another 2,000 arrive in May.\n\nA closing paragraph.");
        var after = Annotate(Claim);

        Assert.Equal(Troops(before).Anchor, Troops(after).Anchor);
    }

    [Fact]
    public void Rewording_the_claims_own_sentence_gives_it_a_new_anchor()
    {
        var before = Troops(Annotate(Claim));
        var after = Troops(Annotate("About 54,000 troops are based in the country."));

        Assert.NotEqual(before.Anchor, after.Anchor);
        Assert.NotEqual(before.SentenceId, after.SentenceId);
    }

    [Fact]
    public void Changing_the_figure_gives_it_a_new_anchor()
    {
        var before = Troops(Annotate(Claim));
        var after = Assert.Single(Annotate("About 56,000 troops are stationed in the country.").Claims);

        Assert.NotEqual(before.Anchor, after.Anchor);
        Assert.Contains("56000", after.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_figure_twice_in_one_sentence_gets_a_numbered_second_anchor()
    {
        var claims = Annotate("Officials counted 40 ships on Monday and 40 ships on Tuesday.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(claims[0].Anchor + "-2", claims[1].Anchor);
        Assert.Equal(claims.Count, claims.Select(c => c.ClaimId).Distinct().Count());
    }

    [Fact]
    public void Note_and_reference_anchors_follow_the_claims()
    {
        var document = Markdig.Markdown.Parse(Claim, Pipeline);
        var claim = Troops(new ClaimAnnotator(new ClaimExtractor()).Annotate(document, "art", null));
        var html = document.ToHtml(Pipeline);

        Assert.Contains($"<span class=\"claim\" id=\"{claim.Anchor}\">", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"r{claim.Anchor[1..]}\" href=\"#n{claim.Anchor[1..]}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<aside class=\"note\" role=\"doc-footnote\" id=\"n{claim.Anchor[1..]}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approximately 54,000", "approximately-54000")]
    [InlineData("$14.9 billion", "14-9-billion")]
    [InlineData("2%", "2-percent")]
    [InlineData("February 7, 2025", "february-7-2025")]
    [InlineData("€3.5m", "3-5m")]
    [InlineData("٣", "figure")]
    public void Figure_words_become_a_plain_ascii_slug(string figure, string slug) =>
        Assert.Equal(slug, ContentAnchors.Slug(figure));
}
