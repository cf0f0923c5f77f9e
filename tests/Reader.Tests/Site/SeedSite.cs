using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

/// <summary>The seeds built once into a temp folder, shared by a test class; pages parsed on demand.</summary>
public class SeedSite : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly Dictionary<string, IDocument> pages = new(StringComparer.Ordinal);

    public SeedSite() : this("/") { }

    protected SeedSite(string baseUrl)
    {
        BaseUrl = baseUrl;
        Output = Path.Combine(temp.Path, "site");
        Result = Builds.Run(RepoPaths.Seeds, Output, baseUrl);
    }

    public string BaseUrl { get; }
    public string Output { get; }
    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public IEnumerable<string> ArticleFiles => HtmlFiles.Where(p => p.StartsWith("articles/", StringComparison.Ordinal));

    public IDocument Page(string relative)
    {
        lock (pages)
        {
            if (!pages.TryGetValue(relative, out var doc))
                pages[relative] = doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));
            return doc;
        }
    }

    /// <summary>The page file a root-relative URL path ("/articles/x/") names.</summary>
    public string FileOf(string urlPath)
    {
        var path = urlPath[BaseUrl.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
