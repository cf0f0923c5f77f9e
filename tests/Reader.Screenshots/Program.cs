using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

// Builds the seed edition, serves it on loopback and writes full-page screenshots into docs/:
// the article and comparison pages at a phone width and a desktop width, light and dark.
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

await browser.CloseAsync();
playwright.Dispose();
Directory.Delete(site, recursive: true);
return 0;

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
