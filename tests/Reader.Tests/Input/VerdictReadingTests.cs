using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Verdicts;

namespace Reader.Tests.Input;

/// <summary>edition.yml's verdicts: read with the line each stands on; any item that says its thing wrongly is an error naming that line.</summary>
public sealed class VerdictReadingTests
{
    private static InputException Fails(string yaml) =>
        Assert.Throws<InputException>(() => EditionConfigReader.Read(yaml, "seeds/edition.yml"));

    [Fact]
    public void Each_kind_of_verdict_is_read_with_its_line_and_note()
    {
        var config = EditionConfigReader.Read("""
            title: T
            verdicts:
              - reject: [a#c-12-aaaaa, b#c-12-bbbbb]
                note: Different counts of different things.
              - confirm: ["a#c-3-ccccc", "c#c-3-ddddd"]
              - add: [a#c-7-eeeee, c#c-9-fffff]
                relation: differs
              - not_a_claim: b#c-2004-ggggg
              - reject: [c#s-hhhhh, a#c-12-aaaaa]
            """, "seeds/edition.yml");

        Assert.Equal("seeds/edition.yml", config.File);
        Assert.Equal(
            [
                new Verdict(VerdictKind.Reject, "a#c-12-aaaaa", "b#c-12-bbbbb", null, "Different counts of different things.", "seeds/edition.yml", 3),
                new Verdict(VerdictKind.Confirm, "a#c-3-ccccc", "c#c-3-ddddd", null, null, "seeds/edition.yml", 5),
                new Verdict(VerdictKind.Add, "a#c-7-eeeee", "c#c-9-fffff", Relation.Differs, null, "seeds/edition.yml", 6),
                new Verdict(VerdictKind.NotAClaim, "b#c-2004-ggggg", null, null, null, "seeds/edition.yml", 8),
                // A mention's claim comes first, whichever way round it is written.
                new Verdict(VerdictKind.Reject, "a#c-12-aaaaa", "c#s-hhhhh", null, null, "seeds/edition.yml", 9),
            ],
            config.Verdicts);
    }

    [Fact]
    public void No_verdicts_is_an_empty_list() => Assert.Empty(EditionConfigReader.Read("title: T\n", "e.yml").Verdicts);

    [Theory]
    [InlineData("verdicts:\n  - rejekt: [a#c-1-aaaaa, b#c-1-bbbbb]\n", 2, "unknown key \"rejekt\" in a verdict (did you mean \"reject\"? known keys: confirm, reject, add, not_a_claim, relation, note)")]
    [InlineData("verdicts:\n  - reject: [a#c-1-aaaaa, b#c-1-bbbbb]\n    notes: typo\n", 3, "unknown key \"notes\" in a verdict (did you mean \"note\"?")]
    [InlineData("verdicts:\n  - reject: a#c-1-aaaaa\n", 2, "\"reject\" must be a list, as [first, second], not \"a#c-1-aaaaa\"")]
    [InlineData("verdicts:\n  - reject: [a#c-1-aaaaa, [b]]\n", 2, "each item of \"reject\" must be a single value, not a list")]
    [InlineData("verdicts:\n  - not_a_claim: [a#c-1-aaaaa]\n", 2, "\"not_a_claim\" must be a single value, not a list")]
    [InlineData("verdicts: yes\n", 1, "\"verdicts\" must be a list of \"- \" items")]
    [InlineData("verdicts:\n  - a#c-1-aaaaa\n", 2, "each item of \"verdicts\" must be a set of \"key: value\" lines")]
    [InlineData("title: T\nverdict:\n  - not_a_claim: a#c-1-aaaaa\n", 2, "unknown key \"verdict\" in edition.yml (did you mean \"verdicts\"?")]
    public void Unknown_keys_and_wrong_types_are_errors_naming_the_line(string yaml, int line, string named)
    {
        var e = Fails(yaml);

        Assert.Equal("seeds/edition.yml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(named, e.Message);
    }

    [Theory]
    [InlineData("  - note: why\n", "needs one of confirm, reject, add")]
    [InlineData("  - reject: [a#c-1-aaaaa, b#c-1-bbbbb]\n    confirm: [a#c-1-aaaaa, b#c-1-bbbbb]\n", "confirm and reject")]
    [InlineData("  - reject: [a#c-1-aaaaa]\n", "needs the two ids")]
    [InlineData("  - reject: [a#c-1-aaaaa, b-c1]\n", "\"b-c1\" is not a claim or sentence id")]
    [InlineData("  - reject: [a#s-aaaaa, b#s-bbbbb]\n", "must be a claim's")]
    [InlineData("  - confirm: [a#c-1-aaaaa, a#c-2-bbbbb]\n", "between two articles")]
    [InlineData("  - add: [a#c-1-aaaaa, b#c-1-bbbbb]\n", "needs a relation")]
    [InlineData("  - add: [a#c-1-aaaaa, b#c-1-bbbbb]\n    relation: mentions\n", "\"mentions\" is not agrees or differs")]
    [InlineData("  - add: [a#c-1-aaaaa, b#s-bbbbb]\n    relation: agrees\n", "is not a claim id")]
    [InlineData("  - reject: [a#c-1-aaaaa, b#c-1-bbbbb]\n    relation: differs\n", "relation is only for add")]
    [InlineData("  - not_a_claim: a#s-aaaaa\n", "not a claim id")]
    public void A_verdict_that_says_its_thing_wrongly_is_an_error_on_its_line(string item, string message)
    {
        var e = Fails("title: T\nverdicts:\n" + item);

        Assert.Equal(3, e.Line);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Two_verdicts_on_one_comparison_are_an_error_naming_both_lines()
    {
        var e = Fails("""
            verdicts:
              - confirm: [a#c-1-aaaaa, b#c-1-bbbbb]
              - not_a_claim: c#c-1-ccccc
              - reject: [b#c-1-bbbbb, a#c-1-aaaaa]
            """);

        Assert.Equal(4, e.Line);
        Assert.Contains("already has a verdict on line 2 (confirm)", e.Message);
    }

    [Fact]
    public void A_second_verdicts_list_is_an_error_instead_of_replacing_the_first()
    {
        var e = Fails("verdicts:\n  - not_a_claim: a#c-1-aaaaa\ntitle: T\nverdicts:\n  - not_a_claim: b#c-1-bbbbb\n");

        Assert.Equal(4, e.Line);
        Assert.Contains("\"verdicts\" is given twice", e.Message);
    }

    [Fact]
    public void A_wrong_type_in_an_article_override_is_an_error_naming_its_line()
    {
        var e = Fails("articles:\n  a1:\n    order: first\n");

        Assert.Equal(3, e.Line);
        Assert.Equal("\"order\" must be a whole number, not \"first\"", e.Message);
    }
}
