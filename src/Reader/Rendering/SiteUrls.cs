using Reader.Markdown.Claims;
using Reader.Parsing;
using Reader.Rendering.Browse;

namespace Reader.Rendering;

/// <summary>
/// Every URL the site links to, root-relative under the base path ("/sub/path/articles/x/"), so links
/// work from any page, from the 404 page at any depth, and when the site is served from a sub-path.
/// </summary>
public sealed class SiteUrls(string baseUrl)
{
    public string Base { get; } = baseUrl;

    public string Home => Base;
    public string Sources => Base + "sources/";
    public string Claims => Base + "claims/";
    public string Changes => Base + "changes/";
    public string Asset(string name) => Base + "assets/" + name;
    public string Article(Article article) => Base + "articles/" + article.Slug + "/";
    public string Sentence(Article article, string sentenceId) => Article(article) + "#" + sentenceId;
    public string Source(string sourceId) => Sources + "#src-" + sourceId;
    public string ClaimsPage(int page) => page <= 1 ? Claims : $"{Claims}page/{page}/";

    public string Search => Base + "search/";

    public string SearchPage(int page) => page <= 1 ? Search : $"{Search}page/{page}/";
    public string Disagreements => Base + "differ/";
    public string DisagreementsPage(int page) => page <= 1 ? Disagreements : $"{Disagreements}page/{page}/";
    /// <summary>A claim's words in its article, where its note reference sits.</summary>
    public string Claim(Article article, AnnotatedClaim claim) => Article(article) + "#" + claim.Anchor;
    /// <summary>A claim's note.</summary>
    public string Note(Article article, AnnotatedClaim claim) => Article(article) + "#" + claim.NoteAnchor;
    /// <summary>A subject's row on the comparison pages (numbered from 1, in the pages' order).</summary>
    public string Subject(int number) => ClaimsPage(Pages.ComparisonPageBuilder.PageOfSubject(number)) + "#subject-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    /// <summary>A subject's figure-over-time chart, on the comparison page that holds its row.</summary>
    public string Timeline(int number) => ClaimsPage(Pages.ComparisonPageBuilder.PageOfSubject(number)) + "#timeline-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    /// <summary>Every outlet, month or section: "/outlets/".</summary>
    public string BrowseIndex(BrowseKind kind) => Base + BrowseFolder(kind);
    /// <summary>One outlet's, month's or section's articles: "/outlets/harbour-gazette/", then ".../page/2/".</summary>
    public string BrowseGroup(BrowseKind kind, string key, int page = 1) =>
        BrowseIndex(kind) + key + "/" + (page <= 1 ? "" : $"page/{page}/");

    public static string BrowseFolder(BrowseKind kind) => kind switch
    {
        BrowseKind.Outlet => "outlets/",
        BrowseKind.Month => "months/",
        BrowseKind.Section => "sections/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The output file of a page URL under the base ("/b/outlets/x/" → "outlets/x/index.html").</summary>
    public string FileOf(string url) => url[Base.Length..] + "index.html";

    /// <summary>The output path of an article page, relative to the site root.</summary>
    public static string ArticleFile(Article article) => $"articles/{article.Slug}/index.html";
}
