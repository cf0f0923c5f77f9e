using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reader.Analysis;
using Reader.Parsing;

namespace Reader.Rendering.Browse;

/// <summary>
/// The edition by outlet, by month of publication and by section, for whichever of these the input gives.
/// Outlets and sections keep the front page's reading order; months list the newest month first and, within
/// a month, the newest article first. An article's group key depends on that article alone, so its page
/// links the right group whatever the rest of the edition holds.
/// </summary>
public sealed class BrowseCatalogue
{
    private readonly Dictionary<BrowseKind, IReadOnlyList<BrowseGroup>> groups;

    private BrowseCatalogue(Dictionary<BrowseKind, IReadOnlyList<BrowseGroup>> groups) => this.groups = groups;

    /// <summary>The groups of one kind; empty when no article gives that kind.</summary>
    public IReadOnlyList<BrowseGroup> Of(BrowseKind kind) => groups[kind];

    /// <summary>The kinds with at least one group, in the order a reader meets them.</summary>
    public IEnumerable<BrowseKind> Kinds => Enum.GetValues<BrowseKind>().Where(k => groups[k].Count > 0);

    public static BrowseCatalogue Of(Edition edition)
    {
        var groups = new Dictionary<BrowseKind, IReadOnlyList<BrowseGroup>>
        {
            [BrowseKind.Outlet] = Named(edition.Articles, BrowseKind.Outlet, a => a.Meta.Outlet),
            [BrowseKind.Section] = Named(edition.Articles, BrowseKind.Section, a => a.Meta.Section),
            [BrowseKind.Month] = Months(edition.Articles),
        };
        return new BrowseCatalogue(groups);
    }

    /// <summary>The key of the group an article belongs to, or null when its input does not say.</summary>
    public static string? KeyOf(BrowseKind kind, Article article) => kind switch
    {
        BrowseKind.Outlet => NameKey(article.Meta.Outlet),
        BrowseKind.Section => NameKey(article.Meta.Section),
        BrowseKind.Month => article.Meta.Published is { } date ? MonthKey(date) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string MonthKey(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthTitle(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A name's URL segment; names with no Latin letter or digit get a short hash of the name instead.</summary>
    private static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var slug = Slugs.From(name);
        return slug.Length > 0 ? slug : "n-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim())))[..10];
    }

    /// <summary>Names that make the same segment are one group, titled by their most frequent spelling.</summary>
    private static List<BrowseGroup> Named(IReadOnlyList<Article> articles, BrowseKind kind, Func<Article, string?> name) =>
        articles
            .Where(a => NameKey(name(a)) is not null)
            .GroupBy(a => NameKey(name(a))!, StringComparer.Ordinal)
            .Select(g => new BrowseGroup(kind, g.Key, MostFrequent(g.Select(a => name(a)!.Trim())), g.ToList()))
            .OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    private static string MostFrequent(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;

    private static List<BrowseGroup> Months(IReadOnlyList<Article> articles) =>
        articles
            .Where(a => a.Meta.Published is not null)
            .GroupBy(a => MonthKey(a.Meta.Published!.Value), StringComparer.Ordinal)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BrowseGroup(BrowseKind.Month, g.Key, MonthTitle(g.First().Meta.Published!.Value),
                g.OrderByDescending(a => a.Meta.Published!.Value).ToList()))
            .ToList();
}
