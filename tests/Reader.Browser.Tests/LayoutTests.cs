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

    /// <summary>
    /// With the grid alone (no JavaScript) a paragraph's row grows to its notes, so a long note opens a gap in the
    /// text; placed by script, notes sit beside their references and the text runs on. Both are measured, so the
    /// test shows the gap it closes.
    /// </summary>
    [ChromiumFact]
    public async Task Desktop_margin_notes_never_open_a_gap_in_the_text()
    {
        const double Gap = 40;
        await using var withoutScript = await site.OpenAsync(site.ArticlePath, 1280, javaScript: false);
        Assert.True(await LargestGap(withoutScript.Page) > Gap, "the seeds' article should have a note long enough to open a gap in the grid");

        await using var open = await site.OpenAsync(site.ArticlePath, 1280);
        await Assertions.Expect(open.Page.Locator("html.margin-js")).ToHaveCountAsync(1);
        var gap = await LargestGap(open.Page);
        Assert.True(gap <= Gap, $"a {gap:0} px gap between paragraphs");

        // Each note starts level with its reference, or below the note before it when that one is in the way.
        var placed = await open.Page.EvaluateAsync<double[][]>(@"() => [...document.querySelectorAll('.annotated .note')].map(n => {
            const ref = document.getElementById(n.querySelector('.backlink').hash.slice(1));
            return [n.getBoundingClientRect().top, ref.getBoundingClientRect().top, n.getBoundingClientRect().bottom];
        })");
        for (int i = 0; i < placed.Length; i++)
        {
            Assert.True(placed[i][0] >= placed[i][1] - 1, $"note {i} starts above its reference");
            if (i > 0) Assert.True(placed[i][0] >= placed[i - 1][2], $"note {i} overlaps note {i - 1}");
            if (i > 0 && placed[i][0] > placed[i][1] + 1) Assert.True(placed[i][0] - placed[i - 1][2] < 16, $"note {i} is pushed further than the note above it");
        }
    }

    [ChromiumFact]
    public async Task A_note_taller_than_its_place_shows_its_verdict_and_first_comparison_and_the_rest_on_activation()
    {
        // In the dated edition one article's first figure meets three others a line above its second figure.
        await using var open = await site.OpenAsync(site.DatedOrigin + "/articles/more-jobs-to-go-at-the-elm-street-plant/", 1280);
        var page = open.Page;
        var shortNote = page.Locator(".annotated .note.is-short").First;
        Assert.True(await page.Locator(".annotated .note.is-short").CountAsync() > 0, "no note of the article is taller than its place");
        await Assertions.Expect(shortNote.Locator(".note-verdict")).ToBeVisibleAsync();
        await Assertions.Expect(shortNote.Locator(".note-list li").First).ToBeVisibleAsync();
        await Assertions.Expect(shortNote.Locator(".note-list li").Nth(1)).ToBeHiddenAsync();
        var button = shortNote.Locator("button.note-rest");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var items = shortNote.Locator(".note-list li");
        for (int i = 0; i < await items.CountAsync(); i++) await Assertions.Expect(items.Nth(i)).ToBeVisibleAsync();
        var notes = await Boxes(page, ".annotated .note");
        for (int i = 1; i < notes.Count; i++) Assert.False(Overlap(notes[i - 1], notes[i]), $"notes {i - 1} and {i} overlap once opened");
    }

    /// <summary>The largest vertical gap between one paragraph of the body and the next.</summary>
    private static async Task<double> LargestGap(IPage page) =>
        await page.EvaluateAsync<double>(@"() => {
            const ps = [...document.querySelectorAll('.body > p, .annotated > p')].map(p => p.getBoundingClientRect());
            let most = 0;
            for (let i = 1; i < ps.length; i++) most = Math.max(most, ps[i].top - ps[i - 1].bottom);
            return most;
        }");

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
