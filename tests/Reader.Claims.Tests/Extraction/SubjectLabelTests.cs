using Reader.Claims.Extraction;

namespace Reader.Claims.Tests.Extraction;

/// <summary>What a claim's subject label says when no counted noun names the figure.</summary>
public class SubjectLabelTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static string LabelOf(string text, string figure) =>
        Extractor.Extract(text, new DateOnly(2025, 1, 31)).Single(c => c.Text == figure).Subject.Label;

    [Fact]
    public void A_verb_phrase_after_the_figure_names_it_when_nothing_before_does()
    {
        Assert.Equal("pledged by the investors", LabelOf("Up to $500 billion was pledged by the investors.", "Up to $500 billion"));
    }

    [Fact]
    public void Words_after_another_figure_do_not_label_the_next_one()
    {
        var label = LabelOf("Prices rose 5 percent more on Feb. 7.", "Feb. 7");
        Assert.DoesNotContain("percent", label);
    }

    [Fact]
    public void A_joined_clause_does_not_carry_into_the_label()
    {
        var label = LabelOf("The fund was cut, and on March 3 the board resigned.", "March 3");
        Assert.DoesNotContain("fund", label);
    }

    [Fact]
    public void The_words_before_a_date_in_its_clause_label_it()
    {
        Assert.Equal("set to meet the minister", LabelOf("The envoy is set to meet the minister on March 3, 2025, in Paris.", "March 3, 2025"));
    }
}
