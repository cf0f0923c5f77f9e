using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>
/// Notes open by keyboard, pointer and tap, stay open while hovered, close on Esc or the close
/// button with focus handed back, and work as plain links when JavaScript is off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoteInteractionTests(SiteFixture site)
{
    private const string Popover = "#note-pop";

    [ChromiumFact]
    public async Task Phone_claim_note_opens_with_Enter_and_closes_with_Esc_back_on_its_reference()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        var page = open.Page;
        var reference = page.Locator("a.noteref").First;
        var noteId = (await reference.GetAttributeAsync("href"))!.TrimStart('#');
        var figure = await page.Locator($"#{noteId} .note-figure").TextContentAsync();

        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(Popover)).ToContainTextAsync(figure!);
        Assert.True(await page.EvaluateAsync<bool>($"() => document.querySelector('{Popover}').contains(document.activeElement)"),
            "focus should move into the open note so its links are next in tab order");
        Assert.DoesNotContain("#", page.Url[site.Origin.Length..]);

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(Popover)).ToBeHiddenAsync();
        Assert.Equal(await reference.GetAttributeAsync("id"), await ActiveId(page));
    }

    [ChromiumFact]
    public async Task Tab_moves_from_the_reference_into_the_open_note_and_out_to_the_text()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        var page = open.Page;
        var reference = page.Locator("a.noteref").First;
        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();
        var links = await page.Locator(Popover + " a, " + Popover + " button").CountAsync();
        for (int i = 0; i <= links; i++) await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(Popover)).ToBeHiddenAsync();
        // Focus went on to something after the reference, not to the end of the page.
        Assert.True(await reference.EvaluateAsync<bool>(
            "r => !!(r.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) && !document.activeElement.closest('footer')"));
    }

    [ChromiumFact]
    public async Task Phone_note_opens_on_tap_and_closes_with_its_close_button()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        var page = open.Page;
        var reference = page.Locator("a.noteref").Nth(1);
        await reference.ClickAsync();
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();
        await page.Locator(Popover + " button.note-close").ClickAsync();
        await Assertions.Expect(page.Locator(Popover)).ToBeHiddenAsync();
        Assert.Equal(await reference.GetAttributeAsync("id"), await ActiveId(page));
    }

    [ChromiumFact]
    public async Task Phone_note_opens_on_hover_and_stays_open_while_the_pointer_is_on_it()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        var page = open.Page;
        var reference = page.Locator("a.noteref").First;
        await reference.HoverAsync();
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();
        Assert.NotEqual(await reference.GetAttributeAsync("id"), await ActiveId(page)); // hover never moves focus

        await page.Locator(Popover).HoverAsync();
        await page.WaitForTimeoutAsync(800);
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();

        await page.Mouse.MoveAsync(5, 5);
        await Assertions.Expect(page.Locator(Popover)).ToBeHiddenAsync();
    }

    [ChromiumFact]
    public async Task Desktop_margin_note_opens_with_Enter_and_closes_with_Esc_back_on_its_reference()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 1280);
        var page = open.Page;
        var reference = page.Locator("a.noteref").First;
        var note = page.Locator((await reference.GetAttributeAsync("href"))!);

        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-open"));
        Assert.Equal(await note.GetAttributeAsync("id"), await ActiveId(page));
        Assert.Equal("true", await reference.GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(note).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-open"));
        Assert.Equal(await reference.GetAttributeAsync("id"), await ActiveId(page));
    }

    [ChromiumFact]
    public async Task Desktop_margin_note_is_highlighted_on_hover()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 1280);
        var page = open.Page;
        var reference = page.Locator("a.noteref").First;
        var note = page.Locator((await reference.GetAttributeAsync("href"))!);
        await reference.HoverAsync();
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-open"));
        await note.HoverAsync();
        await page.WaitForTimeoutAsync(800);
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-open"));
    }

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Source_marker_opens_its_register_entry_and_closes_with_Esc(int width)
    {
        await using var open = await site.OpenAsync(site.ArticlePath, width);
        var page = open.Page;
        var marker = page.Locator("a.biblioref").First;
        Assert.True(await marker.CountAsync() > 0, "the chosen article cites no source");
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Popover)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(Popover + " cite")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(Popover)).ToBeHiddenAsync();
        Assert.Equal(await marker.GetAttributeAsync("id"), await ActiveId(page));
    }

    [ChromiumFact]
    public async Task Without_JavaScript_every_reference_links_to_a_visible_note_that_links_back()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375, javaScript: false);
        var page = open.Page;
        var references = await page.Locator("a.noteref").AllAsync();
        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            var href = (await reference.GetAttributeAsync("href"))!;
            var note = page.Locator(href);
            await Assertions.Expect(note).ToBeVisibleAsync();
            Assert.Equal("#" + await reference.GetAttributeAsync("id"),
                await note.Locator("a[role=doc-backlink]").GetAttributeAsync("href"));
        }

        await references[0].ClickAsync();
        Assert.EndsWith(await references[0].GetAttributeAsync("href") ?? "", page.Url);
        await Assertions.Expect(page.Locator(await references[0].GetAttributeAsync("href") ?? "")).ToBeInViewportAsync();
    }

    [ChromiumFact]
    public async Task Phone_with_JavaScript_keeps_notes_out_of_the_text_flow()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        await Assertions.Expect(open.Page.Locator(".annotated .note").First).ToBeHiddenAsync();
    }

    [ChromiumFact]
    public async Task Linked_note_stays_visible_and_highlighted_on_a_phone()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 375);
        var page = open.Page;
        var href = (await page.Locator("a.noteref").First.GetAttributeAsync("href"))!;
        await page.GotoAsync(site.Origin + site.ArticlePath + href);
        var note = page.Locator(href);
        await Assertions.Expect(note).ToBeInViewportAsync();
        var colours = await page.EvaluateAsync<string[]>(
            "h => [getComputedStyle(document.querySelector(h)).backgroundColor, getComputedStyle(document.querySelector('.note:not(:target)') || document.body).backgroundColor]", href);
        Assert.NotEqual(colours[1], colours[0]);
        Assert.True(await note.EvaluateAsync<double>("n => parseFloat(getComputedStyle(n).scrollMarginTop)") > 0);
    }

    private static Task<string?> ActiveId(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id");
}
