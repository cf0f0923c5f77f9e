using Reader.Claims.Text;

namespace Reader.Claims.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToArray();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Smith met Dr. Jones of Acme Corp. on Feb. 7 at No. 5 Main St. with J. Smith and U.S. Steel officials."],
            Split("Mr. Smith met Dr. Jones of Acme Corp. on Feb. 7 at No. 5 Main St. with J. Smith and U.S. Steel officials."));
    }

    [Fact]
    public void Acronym_at_sentence_end_splits_before_a_common_starter()
    {
        Assert.Equal(["They flew to the U.S.", "The talks begin today."], Split("They flew to the U.S. The talks begin today."));
        Assert.Equal(["Exports to the U.S. Steel makers rose."], Split("Exports to the U.S. Steel makers rose."));
    }

    [Fact]
    public void Quotes_after_the_stop_stay_with_the_sentence()
    {
        Assert.Equal(["He said \"it is over.\"", "Next came the vote!", "Why?", "Because."],
            Split("He said \"it is over.\" Next came the vote! Why? Because."));
        Assert.Equal(["“We will win.”", "They lost."], Split("“We will win.” They lost."));
    }

    [Fact]
    public void Lower_case_after_a_stop_does_not_start_a_sentence()
    {
        Assert.Equal(["The rate was 2.5 percent, i.e. low, e.g. in Jan. it fell."], Split("The rate was 2.5 percent, i.e. low, e.g. in Jan. it fell."));
    }

    [Fact]
    public void Empty_and_blank_inputs_give_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("   \n "));
        Assert.Equal(["First part", "Second part"], Split("First part\n\nSecond part"));
    }
}
