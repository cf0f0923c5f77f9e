using Reader.Changes;
using Reader.Changes.Published;

namespace Reader.Tests.Changes;

/// <summary>How two builds' claims are told apart: ids change with a figure's words, so changed figures are found by their sentence or subject.</summary>
public sealed class ChangeFinderTests
{
    private static SnapshotClaim Claim(string id, string text, string sentence, string subject = "", string kind = "count") =>
        new(id, id.Split('#')[0], text, kind, text, subject, sentence);

    private static ClaimsSnapshot Snapshot(params SnapshotClaim[] claims)
    {
        var snapshot = new ClaimsSnapshot();
        snapshot.Claims.AddRange(claims);
        foreach (var a in claims.Select(c => c.Article).Distinct()) snapshot.ArticleTitles[a] = "Title " + a;
        return snapshot;
    }

    [Fact]
    public void A_figure_changed_in_an_unchanged_sentence_is_one_change_not_an_addition_and_a_removal()
    {
        var before = Snapshot(Claim("a#c-54000-aaaaa", "54,000", "Some 54,000 troops are based there."));
        var after = Snapshot(Claim("a#c-56000-bbbbb", "56,000", "Some 56,000 troops are based there."));

        var changes = ChangeFinder.Compare(before, after);

        var change = Assert.Single(changes.Changed);
        Assert.Equal(("54,000", "56,000", "Title a"), (change.Before!.Text, change.After!.Text, change.After.ArticleTitle));
        Assert.False(change.Before.Current);
        Assert.True(change.After.Current);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void A_figure_whose_sentence_was_reworded_is_matched_by_its_subject_and_unreported_when_its_words_stay()
    {
        var before = Snapshot(
            Claim("a#c-3-aaaaa", "3", "Talks lasted 3 days.", subject: "talks days"),
            Claim("a#c-12-ccccc", "12", "Officials said 12 ships sailed.", subject: "ships"));
        var after = Snapshot(
            Claim("a#c-3-bbbbb", "3", "The talks lasted 3 days in all.", subject: "talks days"),
            Claim("a#c-14-ddddd", "14", "Officials now say 14 ships sailed.", subject: "ships"));

        var changes = ChangeFinder.Compare(before, after);

        var change = Assert.Single(changes.Changed);
        Assert.Equal(("12", "14"), (change.Before!.Text, change.After!.Text));
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Figures_with_nothing_to_match_are_added_or_removed()
    {
        var before = Snapshot(Claim("a#c-3-aaaaa", "3", "Talks lasted 3 days."), Claim("b#c-9-ccccc", "9", "Nine is 9."));
        var after = Snapshot(Claim("a#c-3-aaaaa", "3", "Talks lasted 3 days."), Claim("a#c-40-eeeee", "40", "Then 40 more came.", kind: "count"));

        var changes = ChangeFinder.Compare(before, after);

        Assert.Equal("40", Assert.Single(changes.Added).After!.Text);
        Assert.Equal("9", Assert.Single(changes.Removed).Before!.Text);
        Assert.Empty(changes.Changed);
    }

    [Fact]
    public void A_relation_is_followed_through_a_changed_figure_and_a_pair_a_new_verdict_decides_is_no_flip()
    {
        var before = Snapshot(Claim("a#c-54000-aaaaa", "54,000", "Some 54,000 troops."), Claim("b#c-54000-ccccc", "54,000", "About 54,000 troops."),
            Claim("c#c-7-eeeee", "7", "Seven: 7."), Claim("d#c-8-fffff", "8", "Eight: 8."));
        before.Pairs[("a#c-54000-aaaaa", "b#c-54000-ccccc")] = "agrees";
        before.Pairs[("c#c-7-eeeee", "d#c-8-fffff")] = "differs";
        var after = Snapshot(Claim("a#c-56000-bbbbb", "56,000", "Some 56,000 troops."), Claim("b#c-54000-ccccc", "54,000", "About 54,000 troops."),
            Claim("c#c-7-eeeee", "7", "Seven: 7."), Claim("d#c-8-fffff", "8", "Eight: 8."));
        after.Pairs[("a#c-56000-bbbbb", "b#c-54000-ccccc")] = "differs";
        after.Pairs[("c#c-7-eeeee", "d#c-8-fffff")] = "agrees";
        after.Verdicts.Add(new SnapshotVerdict("add", "c#c-7-eeeee", "d#c-8-fffff", "agrees"));

        var changes = ChangeFinder.Compare(before, after);

        var flip = Assert.Single(changes.Flipped);
        Assert.Equal(("56,000", "54,000", "agrees", "differs"), (flip.First.Text, flip.Second.Text, flip.Before, flip.After));
        var verdict = Assert.Single(changes.VerdictsApplied);
        Assert.Equal(("add", "7", "8"), (verdict.Kind, verdict.Claim.Text, verdict.Other!.Text));
        Assert.Equal("since the last build: 0 figures added, 0 removed, 1 changed, 1 relation flipped, 1 verdict applied", changes.Summary());
    }

    [Fact]
    public void A_claims_json_that_writes_each_sentence_once_per_article_is_read_like_one_that_writes_it_per_claim()
    {
        var inline = new PublishedClaims
        {
            Articles = [new PublishedArticle { Id = "a", Title = "A" }],
            Claims = [new PublishedClaim { Id = "a#c-3-aaaaa", Article = "a", Text = "3", Sentence = "Talks lasted 3 days.", SentenceAnchor = "s-aaaaa" }],
        };
        var once = new PublishedClaims
        {
            Articles = [new PublishedArticle { Id = "a", Title = "A", Sentences = [new PublishedSentence { Anchor = "s-aaaaa", Text = "Talks lasted 3 days." }] }],
            Claims = [new PublishedClaim { Id = "a#c-3-aaaaa", Article = "a", Text = "3", SentenceAnchor = "s-aaaaa" }],
        };

        Assert.Equal(ClaimsSnapshot.Of(inline).Claims, ClaimsSnapshot.Of(once).Claims);
        Assert.Equal("Talks lasted 3 days.", ClaimsSnapshot.Of(once).Claims[0].Sentence);
    }

    [Fact]
    public void The_fingerprint_follows_the_changes()
    {
        var before = Snapshot(Claim("a#c-3-aaaaa", "3", "Talks lasted 3 days."));
        var same = ChangeFinder.Compare(before, before);
        var other = ChangeFinder.Compare(before, Snapshot(Claim("a#c-4-bbbbb", "4", "Talks lasted 4 days.")));

        Assert.True(same.None);
        Assert.Equal(same.Fingerprint(), ChangeFinder.Compare(before, before).Fingerprint());
        Assert.NotEqual(same.Fingerprint(), other.Fingerprint());
        Assert.NotEqual(same.Fingerprint(), EditionChanges.First.Fingerprint());
    }
}
