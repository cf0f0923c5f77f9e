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
        var paging = Paging(subjects.Count);
        var url = context.Urls.SearchPage;
        for (int page = 1; page <= paging.Pages; page++)
        {
            var view = new SearchPageView(paging.Slice(subjects, page).ToList(), Counts(subjects.Count), paging.Label(page),
                paging.Previous(page, "Previous subjects", url), paging.Next(page, "More subjects", url));
            yield return SiteFile.Text(context.Urls.FileOf(url(page)), context.Page("search", page == 1 ? "Search" : $"Search, page {page}", "search", null, view));
        }
    }

    public static Paging Paging(int subjects) => new(subjects, SubjectsPerPage);

    private static string Counts(int count) => count switch
    {
        0 => "No subject is reported by more than one article yet.",
        1 => "1 subject is reported by more than one article.",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count:N0} subjects are reported by more than one article."),
    };
}
