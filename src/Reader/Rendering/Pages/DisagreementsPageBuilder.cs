using System.Globalization;
using Reader.Rendering.Figures;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// "Where reports differ": every subject whose reports give different figures, largest relative difference
/// first, each with its competing figures and the articles that give them side by side; fifty a page.
/// </summary>
public sealed class DisagreementsPageBuilder(PageContext context)
{
    public const int PerPage = 50;

    public static Paging Paging(int disagreements) => new(disagreements, PerPage);

    public IEnumerable<SiteFile> Build()
    {
        var all = context.Figures.Disagreements;
        var paging = Paging(all.Count);
        for (int page = 1; page <= paging.Pages; page++)
        {
            var items = paging.Slice(all, page).Select(View).ToList();
            var view = new DisagreementsView(items, all.Count, Counts(all.Count), paging.Label(page),
                paging.Previous(page, "Larger differences", context.Urls.DisagreementsPage),
                paging.Next(page, "Smaller differences", context.Urls.DisagreementsPage));
            var url = context.Urls.DisagreementsPage(page);
            var title = page == 1 ? "Where reports differ" : $"Where reports differ, page {page}";
            yield return SiteFile.Text(context.Urls.FileOf(url), context.Page("differ", title, "differ", null, view));
        }
    }

    public static string Counts(int count) => count switch
    {
        0 => "No subject has reports that give different figures.",
        1 => "1 subject has reports that give different figures.",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count:N0} subjects have reports that give different figures, the largest differences first."),
    };

    public DisagreementView View(Disagreement d) => new(
        d.Label,
        d.Kind.ToString().ToLowerInvariant(),
        d.Gap + " apart",
        d.RelativeDifference.ToString("0.####", CultureInfo.InvariantCulture),
        context.Urls.Subject(d.SubjectNumber),
        d.Figures.Select(f => new CompetingFigureView(f.Text, f.Reports.Select(r => new FigureReportView(
            r.Article.Meta.Title,
            context.Urls.Note(r.Article, r.Claim),
            r.Claim.Claim.Text,
            r.Article.Meta.Published is { } p ? DateFormat.Short(p) : null)).ToList())).ToList());
}
