using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class PlainTextReaderTests
{
    private static string[] Paragraphs(ArticleDraft draft) =>
        draft.Markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Bare_paragraphs_one_per_line()
    {
        var draft = PlainTextReader.Read("Japan met the U.S. on Friday.\nTalks went on for two days.\nBoth sides agreed.");

        Assert.Null(draft.Title);
        Assert.Equal(3, Paragraphs(draft).Length);
        Assert.StartsWith("Japan met", Paragraphs(draft)[0]);
        Assert.Equal([1, 1, 2, 2, 3, 3], draft.SourceLines);
    }

    [Fact]
    public void Dateline_block_gives_title_dek_section_and_dates()
    {
        var draft = PlainTextReader.Read("""
            Today : Jan 13, 2025
            World News
            13 January 2025

            Japan Prepares For Talks

            The visit aims to strengthen ties.

            Japan is taking steps. It will meet allies.

            A second paragraph follows.
            """);

        Assert.Equal("Japan Prepares For Talks", draft.Title);
        Assert.Equal("The visit aims to strengthen ties.", draft.Dek);
        Assert.Equal("World News", draft.Section);
        Assert.Equal("13 January 2025", draft.Published);
        Assert.Equal(3, draft.PublishedLine);
        Assert.Equal(new DateOnly(2025, 1, 13), draft.Retrieved);
        Assert.Equal(2, Paragraphs(draft).Length);
        Assert.StartsWith("Japan is taking steps.", draft.Markdown);
        Assert.DoesNotContain("Today", draft.Markdown);
        Assert.DoesNotContain("World News", draft.Markdown);
    }

    [Fact]
    public void Dateline_paragraph_lines_map_to_file_lines()
    {
        var draft = PlainTextReader.Read("Today : Jan 13, 2025\nWorld\n13 January 2025\n\nTitle Here\n\nDek line.\n\nBody one.\n\nBody two.");

        Assert.Equal(9, draft.SourceLineOf(0));
        Assert.Equal(11, draft.SourceLineOf(2));
    }

    [Fact]
    public void Headline_then_blank_then_paragraphs()
    {
        var draft = PlainTextReader.Read("Clintons Report Earnings of $139 Million\n\nHillary Clinton released tax returns.\nThey show income.");

        Assert.Equal("Clintons Report Earnings of $139 Million", draft.Title);
        Assert.Equal(2, Paragraphs(draft).Length);
        Assert.DoesNotContain("Clintons Report", draft.Markdown);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_headline()
    {
        var draft = PlainTextReader.Read("Japan met the allies on Friday.\n\nTalks followed.");

        Assert.Null(draft.Title);
        Assert.StartsWith("Japan met", draft.Markdown);
    }

    [Fact]
    public void A_short_title_case_line_between_paragraphs_is_a_heading()
    {
        var draft = PlainTextReader.Read("Japan met the allies on Friday.\nMaintaining a Strong U.S.-Japan Alliance\nThe alliance matters.");

        Assert.Equal("## Maintaining a Strong U.S.-Japan Alliance", Paragraphs(draft)[1]);
    }

    [Fact]
    public void A_heading_may_end_in_an_abbreviation()
    {
        var draft = PlainTextReader.Read("Japan met the allies on Friday.\nEnergy Cooperation Between Japan and the U.S.\nJapan buys gas.");

        Assert.Equal("## Energy Cooperation Between Japan and the U.S.", Paragraphs(draft)[1]);
    }

    [Theory]
    [InlineData("Japan Met the Allies on Friday.")]
    [InlineData("What Will Japan Do Next?")]
    [InlineData("Japan met the allies on Friday and left")]
    [InlineData("Ishiba Said:")]
    public void A_sentence_like_line_is_not_a_heading(string line)
    {
        var draft = PlainTextReader.Read($"First paragraph here.\n{line}\nLast paragraph here.");

        Assert.DoesNotContain("## ", draft.Markdown);
    }

    [Fact]
    public void First_and_last_lines_are_never_headings()
    {
        var draft = PlainTextReader.Read("Energy Cooperation Between Japan and Korea\nThe body is here.\nA Strong Closing Line");

        Assert.DoesNotContain("## ", draft.Markdown);
    }

    [Fact]
    public void Text_is_escaped_not_interpreted()
    {
        var draft = PlainTextReader.Read("First paragraph.\n# Not a heading * not a list\nLast.");

        Assert.Contains("\\# Not a heading \\* not a list", draft.Markdown);
    }
}
