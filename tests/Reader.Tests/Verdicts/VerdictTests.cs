using System.Text.Json;
using AngleSharp.Dom;
using Reader.Claims.Comparison;
using Reader.Verdicts;

namespace Reader.Tests.Verdicts;

/// <summary>
/// Editors' verdicts in edition.yml, built through the CLI and read back from the pages (AngleSharp) and claims.json:
/// rejected comparisons never show, confirmed and added ones show "checked by the editors" with the note, a figure
/// ruled not a claim loses its note everywhere, and a verdict whose claim is gone is a warning on its line.
/// </summary>
public sealed class VerdictTests : IDisposable
{
    private readonly SeedEdition seeds = new();

    public void Dispose() => seeds.Dispose();

    private static string Article(string id) => EditionRef.Article(id);

    private IElement? Note(string claim) => seeds.ArticlePage(Article(claim)).QuerySelector($"aside.note[data-claim='{claim}']");

    private IElement? Entry(string claim, string target) => Note(claim)?.QuerySelector($"li[data-target='{target}']");

    private JsonElement ClaimJson(string id) => seeds.ClaimsJson().GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static (int Code, string Stdout, string Stderr) Succeeds((int Code, string Stdout, string Stderr) run)
    {
        Assert.True(run.Code == 0, run.Stderr);
        return run;
    }

    [Fact]
    public void Without_verdicts_every_comparison_shows_and_none_is_marked_checked()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        Succeeds(seeds.Build());

        Assert.NotNull(Entry(claim, other));
        Assert.NotNull(Entry(other, claim));
        Assert.Empty(seeds.ArticlePage(Article(claim)).QuerySelectorAll(".checked-by-editors"));
        Assert.Equal(0, seeds.ClaimsJson().GetProperty("verdicts").GetArrayLength());
    }

    [Fact]
    public void A_rejected_comparison_shows_in_neither_note_nor_in_their_counts_nor_in_claims_json()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        var differsBefore = SeedPairs.Seeds.Comparison.For(claim).DifferCount;
        seeds.AddVerdicts($"  - reject: [{claim}, {other}]\n    note: Not the same event.");

        var (_, _, stderr) = Succeeds(seeds.Build());

        Assert.DoesNotContain("seeds/edition.yml:", stderr);
        Assert.Null(Entry(claim, other));
        Assert.Null(Entry(other, claim));
        var verdictLine = Note(claim)!.QuerySelector(".note-verdict")!.TextContent;
        Assert.Equal(differsBefore - 1 > 0, verdictLine.Contains("differ", StringComparison.Ordinal));
        Assert.DoesNotContain(ClaimJson(claim).GetProperty("comparisons").EnumerateArray(), e => e.GetProperty("claim").GetString() == other);
        Assert.Equal(differsBefore - 1, ClaimJson(claim).GetProperty("comparisons").EnumerateArray().Count(e => e.GetProperty("relation").GetString() == "differs"));
        var verdict = Assert.Single(seeds.ClaimsJson().GetProperty("verdicts").EnumerateArray());
        Assert.Equal("applied", verdict.GetProperty("status").GetString());
        // The comparison page no longer sets the two side by side in one row.
        var claims = seeds.Page("claims/index.html");
        Assert.DoesNotContain(claims.QuerySelectorAll("tbody tr, .subject"), row =>
            row.QuerySelector($"a[href$='#{EditionRef.Anchor(claim)}']") is not null && row.QuerySelector($"a[href$='#{EditionRef.Anchor(other)}']") is not null);
    }

    [Fact]
    public void A_confirmed_comparison_shows_checked_by_the_editors_with_the_note_in_both_notes()
    {
        var (claim, other) = SeedPairs.First(Relation.Agrees);
        seeds.AddVerdicts($"  - confirm: [{other}, {claim}]\n    note: Both give the <same> date.");

        Succeeds(seeds.Build());

        foreach (var (a, b) in new[] { (claim, other), (other, claim) })
        {
            var entry = Entry(a, b)!;
            Assert.Contains("checked", entry.ClassList);
            Assert.Equal("Checked by the editors: Both give the <same> date.", entry.QuerySelector(".checked-by-editors")!.TextContent);
            var json = ClaimJson(a).GetProperty("comparisons").EnumerateArray().Single(e => e.GetProperty("claim").GetString() == b);
            Assert.Equal("confirmed", json.GetProperty("verdict").GetString());
            Assert.Equal("Both give the <same> date.", json.GetProperty("note").GetString());
        }
        Assert.Single(seeds.ArticlePage(Article(claim)).QuerySelectorAll(".checked-by-editors"));
    }

    [Fact]
    public void An_added_comparison_shows_first_in_both_notes_is_counted_and_joins_one_comparison_row()
    {
        var (claim, other) = SeedPairs.Uncompared();
        seeds.AddVerdicts($"  - add: [{claim}, {other}]\n    relation: differs\n    note: The engine missed these.");

        Succeeds(seeds.Build());

        foreach (var (a, b) in new[] { (claim, other), (other, claim) })
        {
            var note = Note(a)!;
            var first = note.QuerySelector(".note-list li")!;
            Assert.Equal(b, first.GetAttribute("data-target"));
            Assert.Contains("rel-differs", first.ClassList);
            Assert.Contains("checked", first.ClassList);
            Assert.Equal("Checked by the editors: The engine missed these.", first.QuerySelector(".checked-by-editors")!.TextContent);
            Assert.Equal("≠ 1 differs", note.QuerySelector(".note-verdict")!.TextContent);
            Assert.Equal("added", ClaimJson(a).GetProperty("comparisons")[0].GetProperty("verdict").GetString());
        }
        var rows = seeds.Page("claims/index.html").QuerySelectorAll("tbody tr");
        Assert.Contains(rows, row => row.QuerySelector($"a[href$='#{EditionRef.Anchor(claim)}']") is not null && row.QuerySelector($"a[href$='#{EditionRef.Anchor(other)}']") is not null);
    }

    [Fact]
    public void A_figure_ruled_not_a_claim_loses_its_note_leaves_every_other_note_and_the_counts()
    {
        var (claim, namedIn) = SeedPairs.Named();
        var totalBefore = SeedPairs.Seeds.ClaimCount;
        seeds.AddVerdicts($"  - not_a_claim: {claim}\n    note: A name, not a figure.");

        var (_, stdout, _) = Succeeds(seeds.Build());

        var page = seeds.ArticlePage(Article(claim));
        var anchor = EditionRef.Anchor(claim);
        Assert.Null(page.GetElementById(anchor));
        Assert.Null(page.GetElementById("n" + anchor[1..]));
        Assert.Null(page.GetElementById("r" + anchor[1..]));
        var text = SeedPairs.Seeds.FindClaim(claim)!.Value.Claim.Claim.Text;
        Assert.Contains(text, page.QuerySelector("article, main")!.TextContent);
        // The notes still count 1, 2, 3 … with no gap where the figure was.
        var numbers = page.QuerySelectorAll("a.noteref").Select(a => int.Parse(a.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Null(Entry(namedIn, claim));
        Assert.DoesNotContain($"{totalBefore} claims", stdout);
        Assert.Contains($"{totalBefore - 1} claims", stdout);
        var json = seeds.ClaimsJson();
        Assert.DoesNotContain(json.GetProperty("claims").EnumerateArray(), c => c.GetProperty("id").GetString() == claim);
        var ruled = Assert.Single(json.GetProperty("notClaims").EnumerateArray());
        Assert.Equal((claim, "A name, not a figure."), (ruled.GetProperty("id").GetString(), ruled.GetProperty("note").GetString()));
    }

    [Fact]
    public void A_rejected_mention_leaves_its_note()
    {
        var (claim, sentence) = SeedPairs.FirstMention();
        var mentionsBefore = SeedPairs.Seeds.Comparison.For(claim).MentionCount;
        seeds.AddVerdicts($"  - reject: [{sentence}, {claim}]");

        Succeeds(seeds.Build());

        Assert.Null(Entry(claim, sentence));
        Assert.Equal(mentionsBefore - 1, ClaimJson(claim).GetProperty("comparisons").EnumerateArray().Count(e => e.GetProperty("relation").GetString() == "mentions"));
    }

    [Fact]
    public void A_verdict_whose_claim_is_gone_is_a_warning_on_its_line_from_the_build_and_from_check()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        var gone = EditionRef.Article(claim) + "#c-99-aaaaa";
        var lines = seeds.AddVerdicts($"  - confirm: [{claim}, {other}]", $"  - reject: [{gone}, {other}]");

        var (code, _, stderr) = seeds.Build();

        Assert.Equal(0, code);
        var warning = Assert.Single(stderr.Split('\n'), l => l.StartsWith("seeds/edition.yml:", StringComparison.Ordinal));
        Assert.StartsWith($"seeds/edition.yml:{lines[1]}: warning: reject: claim \"{gone}\" is no longer in the edition", warning);
        Assert.NotNull(Entry(claim, other)); // not applied
        Assert.Equal("stale", seeds.ClaimsJson().GetProperty("verdicts")[1].GetProperty("status").GetString());

        var check = seeds.Check();
        Assert.Equal(0, check.ExitCode);
        var checkWarning = Assert.Single(check.Stdout.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith($"edition.yml:{lines[1]}: warning: reject: claim \"{gone}\" is not in this site", checkWarning);
    }

    [Fact]
    public void A_verdict_survives_an_unrelated_edit_of_the_same_article_and_goes_stale_when_its_own_sentence_changes()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        var sentence = SeedPairs.Seeds.FindClaim(claim)!.Value.Claim.SentenceId;
        var sentenceText = SeedPairs.Seeds.Find(Article(claim))!.Annotations.Sentences.First(s => s.Id == sentence).Text;
        var line = seeds.AddVerdicts($"  - reject: [{claim}, {other}]")[0];
        Succeeds(seeds.Build());
        Assert.Null(Entry(claim, other));

        // A new paragraph above the claim and a figure of its own: every position below it moves.
        int numberBefore = NoteNumber(claim);
        seeds.EditArticle(Article(claim), text => InsertBeforeParagraphWith(text, string.Join(' ', sentenceText.Split(' ').Take(6)),
            "An editor's new paragraph reports 17 new ministers and 3 resignations."));
        var (_, _, stderr) = Succeeds(seeds.Build());

        Assert.DoesNotContain("seeds/edition.yml:", stderr);
        Assert.NotNull(seeds.ArticlePage(Article(claim)).GetElementById(EditionRef.Anchor(claim)));
        Assert.Equal(numberBefore + 2, NoteNumber(claim));
        Assert.Null(Entry(claim, other));
        Assert.NotNull(Note(other));

        // Rewording the claim's own sentence gives it a new anchor: the verdict no longer names it.
        seeds.EditArticle(Article(claim), text => text.Replace(sentenceText, "Reworded: " + sentenceText, StringComparison.Ordinal));
        var (_, _, stale) = Succeeds(seeds.Build());

        Assert.Contains($"seeds/edition.yml:{line}: warning: reject: claim \"{claim}\" is no longer in the edition", stale);
        Assert.Null(seeds.ArticlePage(Article(claim)).GetElementById(EditionRef.Anchor(claim)));
    }

    [Fact]
    public void Confirming_a_comparison_no_note_makes_is_a_warning_on_its_line()
    {
        var (claim, other) = SeedPairs.Uncompared();
        var line = seeds.AddVerdicts($"  - confirm: [{claim}, {other}]")[0];

        var (code, _, stderr) = seeds.Build();

        Assert.Equal(0, code);
        Assert.Contains($"seeds/edition.yml:{line}: warning: confirm: no note compares", stderr);
        Assert.Null(Entry(claim, other));
    }

    [Fact]
    public void A_malformed_verdict_fails_the_build_naming_its_line_and_leaves_the_output_alone()
    {
        Succeeds(seeds.Build());
        var before = Support.FolderSnapshot.Of(seeds.Output);
        var line = seeds.AddVerdicts("  - reject: [only-one#c-1-aaaaa]")[0];

        var (code, _, stderr) = seeds.Build();

        Assert.Equal(1, code);
        Assert.Contains($"seeds/edition.yml:{line}: error: reject: needs the two ids of the comparison", stderr);
        Assert.Equal(before, Support.FolderSnapshot.Of(seeds.Output));
    }

    /// <summary>The text with a new paragraph put before the paragraph holding <paramref name="words"/>.</summary>
    private static string InsertBeforeParagraphWith(string text, string words, string paragraph)
    {
        int i = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(i >= 0, $"\"{words}\" is not in the article's text");
        var at = text.LastIndexOf("\n\n", i, StringComparison.Ordinal);
        Assert.True(at >= 0, "the article has no blank line before the claim's paragraph");
        return text[..at] + "\n\n" + paragraph + text[at..];
    }

    private int NoteNumber(string claim) =>
        int.Parse(seeds.ArticlePage(Article(claim)).GetElementById("r" + EditionRef.Anchor(claim)[1..])!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
