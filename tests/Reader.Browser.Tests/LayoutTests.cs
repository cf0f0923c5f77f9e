using Microsoft.Playwright;
using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>Where notes sit: beside the text on wide screens, numbered under it in print; targets big enough to hit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [ChromiumFact]
    public async Task Desktop_margin_notes_overlap_neither_each_other_nor_the_text()
    {
        await using var open = await site.OpenAsync(site.ArticlePath, 1280);
        var notes = await Boxes(open.Page, ".annotated .note");
        var text = await Boxes(open.Page, ".body > p, .annotated > p, .article-header, .prev-next");
        Assert.True(notes.Count >= 2, "the article needs at least two notes to test overlap");

        for (int i = 0; i < notes.Count; i++)
        {
            for (int j = i + 1; j < notes.Count; j++)
                Assert.False(Overlap(notes[i], notes[j]), $"notes {i} and {j} overlap");
            foreach (var block in text)
                Assert.False(Overlap(notes[i], block), $"note {i} overlaps the text column");
            Assert.True(notes[i].X >= text.Max(t => t.X + t.Width) - 0.5, $"note {i} is not in the margin");
        }
    }

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Print_shows_every_note_and_every_source_url(int width)
    {
        await using var open = await site.OpenAsync(site.ArticlePath, width);
        await open.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var note in await open.Page.Locator(".annotated .note").AllAsync())
            await Assertions.Expect(note).ToBeVisibleAsync();

        await open.Page.GotoAsync(site.Origin + "/sources/");
        await open.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var urls = open.Page.Locator(".print-url");
        for (int i = 0; i < await urls.CountAsync(); i++)
            await Assertions.Expect(urls.Nth(i)).ToBeVisibleAsync();
        await Assertions.Expect(open.Page.Locator(".site-header")).ToBeHiddenAsync();
    }

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Note_references_and_backlinks_are_at_least_24_px(int width)
    {
        await using var open = await site.OpenAsync(site.ArticlePath, width, javaScript: false);
        var boxes = await Boxes(open.Page, "a.noteref, a.biblioref, .note a[role=doc-backlink]");
        await open.Page.GotoAsync(site.Origin + "/sources/");
        boxes.AddRange(await Boxes(open.Page, ".backlinks a"));
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(b.Width >= 24 && b.Height >= 24, $"target {b.Width}×{b.Height}"));
    }

    private static async Task<List<LocatorBoundingBoxResult>> Boxes(IPage page, string selector)
    {
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var element in await page.Locator(selector).AllAsync())
            if (await element.BoundingBoxAsync() is { } box) boxes.Add(box);
        return boxes;
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5;
}
