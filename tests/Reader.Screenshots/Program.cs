using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

// Builds the seed edition, serves it on loopback and writes full-page screenshots into docs/:
// the article and comparison pages at a phone width and a desktop width, light and dark; then the search box,
// the digest of where reports differ and a figure over time.
var chromium = Chromium.ExecutablePath;
if (chromium is null)
{
    Console.Error.WriteLine(Chromium.InstallHint);
    return 1;
}

var site = SiteBuild.BuildSeeds();
await using var server = await StaticSiteServer.StartAsync(site);
var (playwright, browser) = await Chromium.LaunchAsync(chromium);
var docs = Path.Combine(RepoPaths.Root, "docs");
Directory.CreateDirectory(docs);

var article = await MostAnnotatedArticleAsync(browser, server.Origin);
var shots = new (string Name, string Path)[] { ("article", article), ("comparison", "/claims/") };
foreach (var (name, path) in shots)
foreach (var width in new[] { 375, 1280 })
foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
{
    var page = await browser.NewPageAsync(new BrowserNewPageOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = width < 800 ? 800 : 900 },
        ColorScheme = scheme,
    });
    await page.GotoAsync(server.Origin + path);
    var suffix = scheme == ColorScheme.Dark ? "-dark" : "";
    var file = Path.Combine(docs, $"{name}-{width}{suffix}.png");
    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    Console.WriteLine("wrote " + Path.GetRelativePath(RepoPaths.Root, file));
    await page.CloseAsync();
}

// Finding and following figures: the search box open on a figure, the digest of disagreements, and a figure
// over time (from tests/editions/dated: the seeds have too few dated articles for one).
var dated = SiteBuild.BuildDated();
await using (var datedServer = await StaticSiteServer.StartAsync(dated))
{
    var search = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
    await search.GotoAsync(server.Origin + "/");
    var query = await search.EvaluateAsync<string>("() => fetch('/claims.json').then(r => r.json()).then(d => d.claims.find(c => c.kind === 'count' && c.value >= 1000).text)");
    await search.Locator("#search-q").FillAsync(query);
    await search.Locator("#search-list [role=option]").First.WaitForAsync();
    await search.Keyboard.PressAsync("ArrowDown");
    await Shot(search, "search-1280.png", null);
    await Shot(await Open(browser, server.Origin + "/differ/", 1280, 900), "digest-1280.png", "main");
    await Shot(await Open(browser, datedServer.Origin + "/claims/", 1280, 900), "timeline-1280.png", "figure.timeline");
}
Directory.Delete(dated, recursive: true);

await browser.CloseAsync();
playwright.Dispose();
Directory.Delete(site, recursive: true);
return 0;

static async Task<IPage> Open(IBrowser browser, string url, int width, int height)
{
    var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
    await page.GotoAsync(url);
    return page;
}

// A viewport screenshot, or of one element when a selector is given.
static async Task Shot(IPage page, string name, string? selector)
{
    var file = Path.Combine(RepoPaths.Root, "docs", name);
    if (selector is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    else await page.Locator(selector).First.ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
    Console.WriteLine("wrote " + Path.GetRelativePath(RepoPaths.Root, file));
    await page.CloseAsync();
}

// The article with the most note references and source markers shows the most of the design.
static async Task<string> MostAnnotatedArticleAsync(IBrowser browser, string origin)
{
    var page = await browser.NewPageAsync();
    await page.GotoAsync(origin + "/");
    var hrefs = await page.EvalOnSelectorAllAsync<string[]>(".article-list h2 a", "as => as.map(a => a.getAttribute('href'))");
    var best = hrefs[0];
    var bestScore = -1;
    foreach (var href in hrefs)
    {
        await page.GotoAsync(origin + href);
        var score = await page.EvalOnSelectorAllAsync<int>(".noteref, .biblioref", "as => as.length");
        if (score > bestScore) (best, bestScore) = (href, score);
    }
    await page.CloseAsync();
    return best;
}
