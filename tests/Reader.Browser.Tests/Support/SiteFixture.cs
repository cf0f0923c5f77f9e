using Microsoft.Playwright;

namespace Reader.Browser.Tests.Support;

/// <summary>
/// One built site, one loopback server and one Chromium for every browser test. When Chromium is
/// missing outside CI the tests are skipped by their attributes and this fixture stays idle.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticSiteServer? server;
    private StaticSiteServer? datedServer;
    private string? site;
    private string? datedSite;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(Chromium.InstallHint);
    public string Origin => server?.Origin ?? throw new InvalidOperationException("site not served");
    /// <summary>Where tests/editions/dated is served.</summary>
    public string DatedOrigin => datedServer?.Origin ?? throw new InvalidOperationException("site not served");
    /// <summary>The seeds' built site folder.</summary>
    public string SiteFolder => site ?? throw new InvalidOperationException("site not built");

    /// <summary>The article with the most note references and source markers.</summary>
    public string ArticlePath { get; private set; } = "/";

    public async Task InitializeAsync()
    {
        var chromium = Chromium.ExecutablePath;
        if (chromium is null)
        {
            if (Chromium.InCi) throw new InvalidOperationException(Chromium.InstallHint);
            return;
        }
        site = SiteBuild.BuildSeeds();
        server = await StaticSiteServer.StartAsync(site);
        datedSite = SiteBuild.BuildDated();
        datedServer = await StaticSiteServer.StartAsync(datedSite);
        (playwright, browser) = await Chromium.LaunchAsync(chromium);
        ArticlePath = MostAnnotatedArticle(site);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (datedServer is not null) await datedServer.DisposeAsync();
        if (site is not null) Directory.Delete(site, recursive: true);
        if (datedSite is not null) Directory.Delete(datedSite, recursive: true);
    }

    public string PathFor(PageKind kind) => kind switch
    {
        PageKind.Front => "/",
        PageKind.Article => ArticlePath,
        PageKind.Sources => "/sources/",
        PageKind.Comparison => "/claims/",
        PageKind.Changes => "/changes/",
        PageKind.NotFound => "/no-such-page/",
        PageKind.Digest => "/differ/",
        PageKind.Search => "/search/",
        PageKind.BrowseIndex => DatedOrigin + "/outlets/",
        PageKind.Browse => DatedOrigin + "/outlets/harbour-gazette/",
        PageKind.Timeline => DatedOrigin + "/claims/",
        PageKind.DatedArticle => DatedOrigin + "/articles/northfield-motors-widens-job-cuts/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Opens a page (a path on the seeds' site, or an absolute URL) with a fresh context and records every script error it raises.</summary>
    public async Task<OpenPage> OpenAsync(string path, int width, bool javaScript = true, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 800 ? 800 : 900 },
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var open = new OpenPage(context, page);
        await page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : Origin + path);
        return open;
    }

    private static string MostAnnotatedArticle(string root)
    {
        var articles = Path.Combine(root, "articles");
        var best = Directory.EnumerateDirectories(articles)
            .OrderByDescending(dir => Score(File.ReadAllText(Path.Combine(dir, "index.html"))))
            .ThenBy(dir => dir, StringComparer.Ordinal)
            .First();
        return "/articles/" + Path.GetFileName(best) + "/";
    }

    private static int Score(string html) =>
        CountOf(html, "role=\"doc-noteref\"") + 10 * Math.Min(1, CountOf(html, "role=\"doc-biblioref\""));

    private static int CountOf(string text, string needle)
    {
        int count = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
