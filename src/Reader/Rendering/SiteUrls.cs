using Reader.Parsing;

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

    /// <summary>The output path of an article page, relative to the site root.</summary>
    public static string ArticleFile(Article article) => $"articles/{article.Slug}/index.html";
}
