using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// The front page: the edition's title, where its reports differ most, and every article with its date, dek,
/// outlet and counts, built for scanning.
/// </summary>
public sealed class IndexPageBuilder(PageContext context)
{
    /// <summary>How many disagreements the front page shows before pointing to the digest.</summary>
    public const int Disagreements = 5;

    public SiteFile Build()
    {
        var edition = context.Edition;
        var cards = new ArticleCards(context);
        var digest = new DisagreementsPageBuilder(context);
        var all = context.Figures.Disagreements;
        var totals = $"{edition.Articles.Count} {(edition.Articles.Count == 1 ? "article" : "articles")} · " +
                     $"{edition.Sources.Sources.Count} sources · {edition.ClaimCount} claims";
        var view = new IndexView(edition.Title, ViewText.Optional(edition.Description), edition.Articles.Select(cards.Of).ToList(), totals,
            all.Take(Disagreements).Select(digest.View).ToList(), all.Count, DisagreementsPageBuilder.Counts(all.Count));
        return SiteFile.Text("index.html", context.Page("index", edition.Title, "index", edition.Description, view));
    }
}
