using System.Globalization;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// search/: the page the search box submits to. Its script shows every result for the query in the address;
/// without JavaScript it lists what the edition's figures are about — every subject, alphabetically, each
/// linked to its comparison — so the box still leads somewhere useful.
/// </summary>
public sealed class SearchPageBuilder(PageContext context)
{
    public const int SubjectsPerPage = 500;

    public IEnumerable<SiteFile> Build()
    {
        var subjects = context.Edition.Comparison.Subjects
            .Select((s, i) => new SearchSubjectView(s.Label, s.Kind.ToString().ToLowerInvariant(), context.Urls.Subject(i + 1),
                s.HasDisagreement ? "≠" : "✓", s.HasDisagreement ? "reports differ" : "reports agree"))
            .OrderBy(s => s.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Href, StringComparer.Ordinal)
            .ToList();
        int pages = Math.Max(1, (subjects.Count + SubjectsPerPage - 1) / SubjectsPerPage);
        for (int page = 1; page <= pages; page++)
        {
            var view = new SearchPageView(
                subjects.Skip((page - 1) * SubjectsPerPage).Take(SubjectsPerPage).ToList(),
                Counts(subjects.Count),
                pages > 1 ? $"Page {page} of {pages}" : null,
                page > 1 ? new LinkView("Previous subjects", PageUrl(page - 1)) : null,
                page < pages ? new LinkView("More subjects", PageUrl(page + 1)) : null);
            yield return SiteFile.Text(context.Urls.FileOf(PageUrl(page)), context.Page("search", page == 1 ? "Search" : $"Search, page {page}", "search", null, view));
        }
    }

    public string PageUrl(int page) => page <= 1 ? context.Urls.Search : $"{context.Urls.Search}page/{page}/";

    public static int PageCount(int subjects) => Math.Max(1, (subjects + SubjectsPerPage - 1) / SubjectsPerPage);

    private static string Counts(int count) => count switch
    {
        0 => "No subject is reported by more than one article yet.",
        1 => "1 subject is reported by more than one article.",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count:N0} subjects are reported by more than one article."),
    };
}
