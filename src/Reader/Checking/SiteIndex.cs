namespace Reader.Checking;

/// <summary>The whole site as the cross-page checks see it: all files, and facts for each HTML page.</summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, PageFacts> _pages;

    public SiteIndex(SiteFiles files, IEnumerable<PageFacts> pages, string baseUrl)
    {
        Files = files;
        BaseUrl = baseUrl;
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
    }

    public SiteFiles Files { get; }

    /// <summary>Normalized base URL, for messages.</summary>
    public string BaseUrl { get; }

    /// <summary>Facts for an HTML file, or null for other files.</summary>
    public PageFacts? Page(string filePath) => _pages.GetValueOrDefault(filePath);
}
