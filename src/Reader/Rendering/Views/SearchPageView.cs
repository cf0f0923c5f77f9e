namespace Reader.Rendering.Views;

/// <summary>
/// The search page: where the search box goes without JavaScript (and where it shows every result with it).
/// Lists the edition's subjects in alphabetical order, <see cref="Pages.SearchPageBuilder.SubjectsPerPage"/> a page.
/// </summary>
public sealed record SearchPageView(
    IReadOnlyList<SearchSubjectView> Subjects,
    string CountsText,
    string? PageLabel,
    LinkView? PreviousPage,
    LinkView? NextPage)
{
    public bool HasSubjects => Subjects.Count > 0;
}
