using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>
/// In the preview, every comparison of a note has "Confirm" and "Reject", and every note "Not a claim": each shows
/// the exact lines to paste into edition.yml, with a Copy button, by keyboard as by pointer; pasted, they take
/// effect on the next rebuild. The published site has none of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerdictControlTests(SiteFixture site) : IAsyncLifetime
{
    private PreviewSite? preview;

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is not null) preview = await PreviewSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (preview is not null) await preview.DisposeAsync();
    }

    private async Task<(IBrowserContext Context, IPage Page)> Open(string path, int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = preview!.Origin });
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Origin + path);
        return (context, page);
    }

    /// <summary>The page of an article whose notes compare two claims, and the first such comparison (note's claim, other claim).</summary>
    private async Task<(string Path, string Claim, string Target)> ComparedClaims()
    {
        var (context, page) = await Open("/", 1280);
        var hrefs = await page.Locator(".article-list h2 a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        foreach (var href in hrefs)
        {
            await page.GotoAsync(preview!.Origin + href);
            var entry = page.Locator("aside.note li[data-target*='#c-']").First;
            if (await entry.CountAsync() == 0) continue;
            var claim = await entry.EvaluateAsync<string>("li => li.closest('aside').dataset.claim");
            var target = (await entry.GetAttributeAsync("data-target"))!;
            await context.CloseAsync();
            return (href, claim, target);
        }
        throw new InvalidOperationException("no article of the seeds has a note comparing two claims");
    }

    private static ILocator Entry(IPage page, string claim, string target) =>
        page.Locator($"aside.note[data-claim='{claim}'] li[data-target='{target}']");

    [ChromiumFact]
    public async Task Reject_by_keyboard_shows_the_yaml_copies_it_and_pasted_it_removes_the_comparison()
    {
        var (path, claim, target) = await ComparedClaims();
        var (context, page) = await Open(path, 1280);
        var entry = Entry(page, claim, target);
        var reject = entry.Locator("button[data-verdict=reject]");
        Assert.StartsWith("Reject: ", await reject.GetAttributeAsync("aria-label"));
        Assert.Equal("false", await reject.GetAttributeAsync("aria-expanded"));

        await reject.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await reject.GetAttributeAsync("aria-expanded"));
        var yaml = entry.Locator(".verdict-yaml");
        var expected = $"verdicts:\n  - reject: [\"{claim}\", \"{target}\"]\n";
        Assert.Equal(expected, await yaml.TextContentAsync());
        // Tab goes from the button straight into the panel: the note field, then Copy.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("verdict-note", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.TypeAsync("Not the \"same\" event.");
        var withNote = expected + "    note: \"Not the \\\"same\\\" event.\"\n";
        Assert.Equal(withNote, await yaml.TextContentAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(entry.Locator(".verdict-status")).ToHaveTextAsync($"Copied: paste it into {Reader.Input.LoadSources.DisplayPath(preview!.Config)}.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(withNote, copied);

        preview!.Paste(copied);

        await Assertions.Expect(Entry(page, claim, target)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator($"aside.note[data-claim='{claim}']")).ToHaveCountAsync(1);
        // Now that edition.yml has a verdicts list, the next lines to paste go into it.
        var confirm = page.Locator("button[data-verdict=not_a_claim]").First;
        await confirm.ClickAsync();
        Assert.StartsWith("  - not_a_claim: \"", await page.Locator(".verdict-yaml").First.TextContentAsync());
        await context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Confirm_works_in_the_phone_popover_and_a_second_press_closes_the_panel()
    {
        var (path, claim, target) = await ComparedClaims();
        var (context, page) = await Open(path, 375);
        var anchor = claim[(claim.LastIndexOf('#') + 1)..];
        var reference = page.Locator($"#r{anchor[1..]}");
        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var popover = page.Locator("#note-pop");
        await Assertions.Expect(popover).ToBeVisibleAsync();

        var confirm = popover.Locator($"li[data-target='{target}'] button[data-verdict=confirm]");
        await confirm.ClickAsync();

        await Assertions.Expect(popover.Locator(".verdict-yaml")).ToHaveTextAsync($"verdicts:\n  - confirm: [\"{claim}\", \"{target}\"]\n");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await confirm.ClickAsync();
        await Assertions.Expect(popover.Locator(".verdict-panel")).ToHaveCountAsync(0);
        Assert.Equal("false", await confirm.GetAttributeAsync("aria-expanded"));
        await context.CloseAsync();
    }

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Axe_finds_no_violations_with_the_controls_and_a_panel_open(int width)
    {
        var (path, claim, target) = await ComparedClaims();
        var (context, page) = await Open(path, width);
        if (width >= 1200) await Entry(page, claim, target).Locator("button[data-verdict=reject]").ClickAsync();
        else
        {
            await page.Locator("a.noteref").First.ClickAsync();
            await page.Locator("#note-pop button[data-verdict]").First.ClickAsync();
        }
        await Assertions.Expect(page.Locator(".verdict-panel").First).ToBeVisibleAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
        await context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_published_site_has_no_verdict_controls()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 1280);
        Assert.True(await open.Page.Locator("aside.note[data-claim]").CountAsync() > 0);
        Assert.Equal(0, await open.Page.Locator("button[data-verdict], .verdict-controls").CountAsync());
    }
}
