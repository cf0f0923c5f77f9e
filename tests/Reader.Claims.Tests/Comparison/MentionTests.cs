using Reader.Claims.Comparison;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Comparison;

public class MentionTests
{
    private static EditionComparison Takeover() => new TestEdition()
        .Article("a").Sentence("Acme agreed to buy Globex for $2.1 billion, ending months of talks.")
            .Money("$2.1 billion", 2_100_000_000m)
        .Article("b").Sentence("Acme agreed to buy Globex after months of talks, the companies announced.")
        .Article("c").Sentence("Shares of Globex rose sharply in early trading.")
            .Sentence("Acme has agreed to buy its rival Globex, ending talks that lasted months.")
        .Article("d").Sentence("Globex shares rose on Monday after months of talks.")
        .Compare();

    [Fact]
    public void Sentences_on_the_subject_without_a_figure_are_mentions()
    {
        var note = Takeover().For("a.1");

        Assert.Equal(2, note.MentionCount);
        Assert.Equal(0, note.AgreeCount + note.DifferCount);
        Assert.All(note.Nearest, e => Assert.Equal(Relation.Mentions, e.Relation));
        Assert.Equal(["b", "c"], note.Nearest.Select(e => e.ArticleId).Order());
        Assert.Equal("s2", note.Nearest.Single(e => e.ArticleId == "c").SentenceId);
        Assert.All(note.Nearest, e => Assert.Null(e.ClaimId));
    }

    [Fact]
    public void Sharing_a_few_story_words_is_not_a_mention()
    {
        var note = Takeover().For("a.1");
        Assert.DoesNotContain(note.Nearest, e => e.ArticleId == "d");
    }

    [Fact]
    public void Mentioned_subjects_appear_on_the_comparison_page()
    {
        var row = Assert.Single(Takeover().Subjects);
        Assert.Equal(["a.1"], row.ClaimIds);
        Assert.Equal(["b", "c"], row.Mentions.Select(m => m.ArticleId));
        Assert.False(row.HasDisagreement);
    }

    [Fact]
    public void A_sentence_with_a_figure_of_the_same_kind_is_compared_not_mentioned()
    {
        var comparison = new TestEdition()
            .Article("a").Sentence("Acme agreed to buy Globex for $2.1 billion, ending months of talks.")
                .Money("$2.1 billion", 2_100_000_000m)
            .Article("b").Sentence("Acme agreed to buy Globex for $2.4 billion after months of talks.")
                .Money("$2.4 billion", 2_400_000_000m)
            .Compare();

        var note = comparison.For("a.1");
        Assert.Equal(0, note.MentionCount);
        Assert.Equal(Relation.Differs, Assert.Single(note.Nearest).Relation);
    }
}
