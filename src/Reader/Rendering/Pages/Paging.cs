using System.Globalization;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// A list of <see cref="Count"/> items cut into pages of <see cref="PerPage"/>: how many pages there are (at
/// least one, so an empty list still has its page saying so), what each holds, and its pager's links.
/// </summary>
public readonly record struct Paging(int Count, int PerPage)
{
    public int Pages => Math.Max(1, (Count + PerPage - 1) / PerPage);

    /// <summary>The index in the whole list of page <paramref name="page"/>'s first item (pages count from 1).</summary>
    public int First(int page) => (page - 1) * PerPage;

    public IEnumerable<T> Slice<T>(IEnumerable<T> items, int page) => items.Skip(First(page)).Take(PerPage);

    /// <summary>"Page 2 of 3"; null when there is one page.</summary>
    public string? Label(int page) => Pages > 1 ? string.Create(CultureInfo.InvariantCulture, $"Page {page} of {Pages}") : null;

    public LinkView? Previous(int page, string title, Func<int, string> url) => page > 1 ? new LinkView(title, url(page - 1)) : null;

    public LinkView? Next(int page, string title, Func<int, string> url) => page < Pages ? new LinkView(title, url(page + 1)) : null;

    /// <summary>Every page's URL, first to last.</summary>
    public IEnumerable<string> Urls(Func<int, string> url)
    {
        for (int page = 1; page <= Pages; page++) yield return url(page);
    }
}
