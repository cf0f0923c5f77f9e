using Reader.Analysis;
using Reader.Changes;
using Reader.Rendering.Views;
using Reader.Verdicts;

namespace Reader.Rendering;

/// <summary>
/// What changed since the last build, in words and links, for the changes page and the feed: one section per kind
/// of change, each item linked to where the figure now stands (none for a figure gone).
/// </summary>
public static class ChangeList
{
    public static List<ChangeSectionView> Sections(Edition edition, SiteUrls urls)
    {
        var changes = edition.Changes;
        string? Href(FigureRef figure) =>
            figure.Current && edition.Find(figure.Article) is { } article ? urls.Article(article) + "#" + EditionRef.Anchor(figure.Id) : null;
        return
        [
            new("Figures changed", "figures-changed", changes.Changed.Select(c =>
                new ChangeItemView($"{c.Before!.Text} → {c.After!.Text}", Href(c.After), c.After.ArticleTitle, null)).ToList()),
            new("Figures added", "figures-added", changes.Added.Select(c =>
                new ChangeItemView(c.After!.Text, Href(c.After), c.After.ArticleTitle, null)).ToList()),
            new("Figures removed", "figures-removed", changes.Removed.Select(c =>
                new ChangeItemView(c.Before!.Text, null, c.Before.ArticleTitle, null)).ToList()),
            new("Relations flipped", "relations-flipped", changes.Flipped.Select(f =>
                new ChangeItemView($"“{f.First.Text}” and “{f.Second.Text}”: {f.Before} → {f.After}", Href(f.First), Articles(f.First, f.Second), null)).ToList()),
            new("Verdicts applied", "verdicts-applied", changes.VerdictsApplied.Select(v => Verdict(v, true, Href(v.Claim))).ToList()),
            new("Verdicts no longer applied", "verdicts-withdrawn", changes.VerdictsWithdrawn.Select(v => Verdict(v, false, Href(v.Claim))).ToList()),
        ];
    }

    private static ChangeItemView Verdict(VerdictChange v, bool applied, string? href)
    {
        var what = (v.Kind, applied) switch
        {
            ("reject", true) => "rejected",
            ("confirm", true) => "confirmed",
            ("add", true) => "added",
            ("not_a_claim", true) => "not a claim",
            ("not_a_claim", false) => "a claim again",
            _ => "no longer " + v.Kind switch { "reject" => "rejected", "confirm" => "confirmed", _ => "added" },
        };
        var figures = v.Other is null ? Quote(v.Claim) : $"{Quote(v.Claim)} and {Quote(v.Other)}";
        var relation = v.Relation is null ? "" : $" ({v.Relation})";
        return new ChangeItemView($"{what}: {figures}{relation}", href, v.Other is null ? v.Claim.ArticleTitle : Articles(v.Claim, v.Other),
            ViewText.Optional(v.Note));
    }

    /// <summary>A figure's words in quotes; a sentence (a mention's) has none of its own.</summary>
    private static string Quote(FigureRef figure) =>
        figure.Text.Length > 0 ? $"“{figure.Text}”" : EditionRef.IsSentence(figure.Id) ? "a sentence" : figure.Id;

    private static string Articles(FigureRef a, FigureRef b) =>
        a.Article == b.Article ? a.ArticleTitle : $"{a.ArticleTitle}; {b.ArticleTitle}";
}
