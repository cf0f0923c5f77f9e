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

    /// <summary>
    /// The published site cuts a margin note taller than its place down to its first comparison; the preview shows
    /// every note whole, so every comparison's controls can be reached.
    /// </summary>
    [ChromiumFact]
    public async Task Every_comparison_keeps_its_controls_in_view_where_the_published_site_shortens_a_note()
    {
        var (context, page) = await Open("/", 1280);
        var hrefs = await page.Locator(".article-list h2 a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        int shortened = 0;
        foreach (var href in hrefs)
        {
            await using (var published = await site.OpenAsync(href, 1280))
            {
                await Assertions.Expect(published.Page.Locator("html.margin-js")).ToHaveCountAsync(1);
                shortened += await published.Page.Locator(".annotated .note.is-short").CountAsync();
            }
            await page.GotoAsync(preview!.Origin + href);
            await Assertions.Expect(page.Locator("html.margin-js")).ToHaveCountAsync(1);
            Assert.Equal(0, await page.Locator(".annotated .note.is-short, .note-rest").CountAsync());
            var buttons = page.Locator(".annotated .note button[data-verdict]");
            for (int i = 0; i < await buttons.CountAsync(); i++) await Assertions.Expect(buttons.Nth(i)).ToBeVisibleAsync();
        }
        Assert.True(shortened > 0, "no seed article has a note the published site shortens");
        await context.CloseAsync();
    }

    /// <summary>
    /// reader.js places margin notes by script; a panel makes its note taller after that, and the notes below must
    /// move down rather than be covered.
    /// </summary>
    [ChromiumFact]
    public async Task A_panel_opened_in_a_margin_note_pushes_the_later_notes_down()
    {
        var (path, _, _) = await ComparedClaims();
        var (context, page) = await Open(path, 1280);
        await Assertions.Expect(page.Locator("html.margin-js")).ToHaveCountAsync(1);
        var notes = page.Locator(".annotated .note");
        Assert.True(await notes.CountAsync() >= 2, "the article needs two margin notes");
        const string Overlaps = @"() => {
            const boxes = [...document.querySelectorAll('.annotated .note')].map(n => n.getBoundingClientRect());
            return boxes.some((b, i) => i + 1 < boxes.length && b.bottom > boxes[i + 1].top + 0.5);
        }";
        Assert.False(await page.EvaluateAsync<bool>(Overlaps), "notes overlap before any panel opens");
        // The note with the least room below it, so its panel must reach into the next note's place.
        var tightest = await page.EvaluateAsync<int>(@"() => {
            const boxes = [...document.querySelectorAll('.annotated .note')].map(n => n.getBoundingClientRect());
            let best = 0;
            for (let i = 1; i + 1 < boxes.length; i++) if (boxes[i + 1].top - boxes[i].bottom < boxes[best + 1].top - boxes[best].bottom) best = i;
            return best;
        }");
        var note = notes.Nth(tightest);
        var nextTop = await notes.Nth(tightest + 1).EvaluateAsync<double>("n => n.getBoundingClientRect().top + scrollY");

        await note.Locator("button[data-verdict]").First.ClickAsync();
        await Assertions.Expect(note.Locator(".verdict-panel")).ToBeVisibleAsync();
        Assert.True(await note.EvaluateAsync<double>("n => n.getBoundingClientRect().bottom + scrollY") > nextTop, "the panel should need the next note's place");

        await page.WaitForFunctionAsync($"() => !({Overlaps})()", null, new() { Timeout = 5_000 });
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
