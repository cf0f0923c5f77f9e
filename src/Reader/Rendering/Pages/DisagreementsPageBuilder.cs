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

    public IEnumerable<SiteFile> Build()
    {
        var all = context.Figures.Disagreements;
        int pages = Math.Max(1, (all.Count + PerPage - 1) / PerPage);
        for (int page = 1; page <= pages; page++)
        {
            var items = all.Skip((page - 1) * PerPage).Take(PerPage).Select(View).ToList();
            var view = new DisagreementsView(items, all.Count, Counts(all.Count),
                pages > 1 ? $"Page {page} of {pages}" : null,
                page > 1 ? new LinkView("Larger differences", context.Urls.DisagreementsPage(page - 1)) : null,
                page < pages ? new LinkView("Smaller differences", context.Urls.DisagreementsPage(page + 1)) : null);
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
