using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>Every page type at a phone width and a desktop width: accessible, no sideways scrolling, no script errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageQualityTests(SiteFixture site)
{
    public static TheoryData<PageKind, int> PagesAndWidths()
    {
        var data = new TheoryData<PageKind, int>();
        foreach (var kind in Enum.GetValues<PageKind>())
        foreach (var width in new[] { 375, 1280 })
            data.Add(kind, width);
        return data;
    }

    public static TheoryData<PageKind> Pages() => new(Enum.GetValues<PageKind>());

    [ChromiumTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Axe_finds_no_WCAG_21_AA_violations(PageKind kind, int width)
    {
        await using var open = await site.OpenAsync(site.PathFor(kind), width);
        await AssertNoViolations(open.Page);
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations_in_dark_mode(PageKind kind)
    {
        await using var open = await site.OpenAsync(site.PathFor(kind), 1280, scheme: ColorScheme.Dark);
        await AssertNoViolations(open.Page);
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_does_not_scroll_sideways_on_a_phone(PageKind kind)
    {
        foreach (var width in new[] { 320, 375 })
        {
            await using var open = await site.OpenAsync(site.PathFor(kind), width);
            var widths = await open.Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            Assert.True(scrollWidth <= innerWidth, $"{kind} at {width}px scrolls sideways: {scrollWidth} > {innerWidth}");
        }
    }

    [ChromiumTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_raises_no_script_errors(PageKind kind, int width)
    {
        await using var open = await site.OpenAsync(site.PathFor(kind), width);
        // Use the page a little so the handlers run, not only the load.
        var reference = open.Page.Locator("a.noteref, a.biblioref").First;
        if (await reference.CountAsync() > 0)
        {
            await reference.FocusAsync();
            await open.Page.Keyboard.PressAsync("Enter");
            await open.Page.Keyboard.PressAsync("Escape");
            await open.Page.WaitForTimeoutAsync(200);
        }
        Assert.Empty(open.Errors);
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_nothing_from_other_origins(PageKind kind)
    {
        await using var open = await site.OpenAsync(site.PathFor(kind), 375);
        await open.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEmpty(open.Requests);
        var origin = new Uri(open.Page.Url).GetLeftPart(UriPartial.Authority) + "/";
        Assert.All(open.Requests, url => Assert.StartsWith(origin, url));
    }

    private static async Task AssertNoViolations(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
        Assert.True(result.Violations.Length == 0, report);
    }
}
