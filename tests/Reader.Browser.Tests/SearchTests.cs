using System.Text.Json;
using Microsoft.Playwright;
using Reader.Browser.Tests.Support;
using Reader.Rendering.Search;

namespace Reader.Browser.Tests;

/// <summary>
/// The search box: a combobox over the build's index that finds figures by value and by what they measure and
/// articles by words, marks the hit, shows the note's verdict and announces the results; without JavaScript it
/// submits to the search page. Queries are made from the built site's own data, never written in here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private const string Box = "#search-q";
    private const string Options = "#search-list [role=option]";

    /// <summary>A figure of the seeds worth at least a thousand, from claims.json: its words and value.</summary>
    private (string Text, decimal Value) LargeFigure()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "claims.json")));
        foreach (var claim in json.RootElement.GetProperty("claims").EnumerateArray())
            if (claim.GetProperty("kind").GetString() == "count" && claim.GetProperty("value").ValueKind == JsonValueKind.Number
                && claim.GetProperty("value").GetDecimal() >= 1000)
                return (claim.GetProperty("text").GetString()!, claim.GetProperty("value").GetDecimal());
        throw new InvalidOperationException("the seeds have no count of a thousand or more");
    }

    [ChromiumFact]
    public async Task A_figure_typed_without_its_commas_is_the_first_result_with_its_verdict_and_the_figure_marked()
    {
        var figure = LargeFigure();
        await using var open = await site.OpenAsync("/", 1280);
        var page = open.Page;
        await page.Locator(Box).FillAsync(SearchValues.Number(figure.Value));

        var first = page.Locator(Options).First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator(Box).GetAttributeAsync("aria-expanded"));
        var marked = await first.Locator("mark").AllTextContentsAsync();
        Assert.Contains(marked, m => figure.Text.Contains(m, StringComparison.Ordinal) || m.Contains(figure.Text, StringComparison.Ordinal));
        Assert.Matches("^[✓≠○]", await first.Locator(".hit-verdict").TextContentAsync() ?? "");
        Assert.Contains(figure.Text, await first.Locator(".hit-text").TextContentAsync());
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("result");
    }

    [ChromiumFact]
    public async Task A_figure_is_found_by_what_it_measures()
    {
        // The measured thing of a figure of the seeds, as the note's frame names it in claims.json.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "claims.json")));
        var claim = json.RootElement.GetProperty("claims").EnumerateArray()
            .First(c => c.TryGetProperty("frame", out var f) && f.ValueKind == JsonValueKind.Object
                && f.TryGetProperty("measureText", out var m) && m.GetString() is { Length: > 3 } text && !text.Any(char.IsDigit));
        var measure = claim.GetProperty("frame").GetProperty("measureText").GetString()!;
        await using var open = await site.OpenAsync("/", 1280);
        await open.Page.Locator(Box).FillAsync(measure);
        var first = open.Page.Locator(Options).First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        // Figure hits rank first: the first result carries a figure's verdict.
        await Assertions.Expect(first.Locator(".hit-verdict")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Arrow_keys_choose_a_result_and_Enter_opens_it()
    {
        var figure = LargeFigure();
        await using var open = await site.OpenAsync("/", 1280);
        var page = open.Page;
        await page.Locator(Box).FillAsync(figure.Text);
        await Assertions.Expect(page.Locator(Options).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var active = await page.Locator(Box).GetAttributeAsync("aria-activedescendant");
        Assert.False(string.IsNullOrEmpty(active));
        Assert.Equal("true", await page.Locator("#" + active).GetAttributeAsync("aria-selected"));
        var href = await page.Locator("#" + active).GetAttributeAsync("data-href");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(site.Origin + href);
        // The result links the figure itself in its article.
        Assert.True(await page.Locator("#" + href!.Split('#')[1]).CountAsync() == 1);
    }

    [ChromiumFact]
    public async Task Escape_closes_the_results()
    {
        await using var open = await site.OpenAsync("/", 375);
        var page = open.Page;
        await page.Locator(Box).FillAsync(LargeFigure().Text);
        await Assertions.Expect(page.Locator("#search-list")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#search-list")).ToBeHiddenAsync();
        Assert.Equal("false", await page.Locator(Box).GetAttributeAsync("aria-expanded"));
    }

    [ChromiumFact]
    public async Task Without_JavaScript_the_box_submits_to_a_page_listing_the_subjects()
    {
        await using var open = await site.OpenAsync("/", 1280, javaScript: false);
        var page = open.Page;
        await page.Locator(Box).FillAsync("anything");
        await page.Locator(Box).PressAsync("Enter");
        await page.WaitForURLAsync(u => u.Contains("/search/?q=", StringComparison.Ordinal));
        var subjects = page.Locator(".subject-index a");
        Assert.True(await subjects.CountAsync() > 0, "the search page lists no subject");
        Assert.StartsWith("/claims/", await subjects.First.GetAttributeAsync("href"));
    }

    [ChromiumFact]
    public async Task The_search_page_shows_every_result_for_the_query_in_its_address()
    {
        var figure = LargeFigure();
        await using var open = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString(figure.Text), 375);
        var hits = open.Page.Locator(".search-hits a.hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        Assert.Equal(figure.Text, await open.Page.Locator(Box).InputValueAsync());
        Assert.Contains("result", await open.Page.Locator("#search-results-title").TextContentAsync());
    }

    [ChromiumFact]
    public async Task A_query_loads_only_the_index_and_the_shards_it_needs()
    {
        await using var open = await site.OpenAsync("/", 1280);
        var page = open.Page;
        await page.Locator(Box).FillAsync(LargeFigure().Text);
        await Assertions.Expect(page.Locator(Options).First).ToBeVisibleAsync();
        var fetched = open.Requests.Where(u => u.Contains("/search/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains(fetched, u => u.EndsWith("/search/index.json", StringComparison.Ordinal));
        var shards = Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "search"), "*.json", SearchOption.AllDirectories).Count();
        Assert.True(fetched.Count <= shards, $"{fetched.Count} files fetched of {shards}");
        Assert.All(fetched, u => Assert.Matches(@"/search/(index|t/\d+|d/\d+)\.json$", u));
    }

    /// <summary>
    /// The page's script must make the terms the build made, or queries miss: every sentence and headline the
    /// seeds' index holds, and words that exercise each step of Porter's stemmer, analysed by both.
    /// </summary>
    [ChromiumFact]
    public async Task The_page_makes_the_same_terms_as_the_build()
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "search", "d"), "*.json"))
        {
            using var shard = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var doc in shard.RootElement.GetProperty("docs").EnumerateArray())
                texts.Add(doc[0].GetInt32() == 1 ? doc[3].GetString()! : doc[2].GetString()!);
        }
        texts.Add(string.Join(' ', PorterWords));
        await using var open = await site.OpenAsync("/", 375);
        foreach (var text in texts)
        {
            var expected = SearchAnalyzer.Tokens(text).Select(t => $"{t.Term}@{t.Position}").ToArray();
            var actual = await open.Page.EvaluateAsync<string[][]>("t => ReaderSearch.terms(t)", text);
            Assert.Equal(string.Join(' ', expected), string.Join(' ', actual.Select(a => $"{a[0]}@{a[1]}")));
        }
    }

    /// <summary>
    /// A query's figures become value slots ("38k" is "#38000") only where a number stands alone: the digits of a
    /// name ("G20", "A380") stay part of its word, or a sentence with the bare number would outrank the name.
    /// </summary>
    [ChromiumFact]
    public async Task Numbers_inside_words_are_no_figures_of_a_query()
    {
        await using var open = await site.OpenAsync("/", 375);
        await open.Page.EvaluateAsync("() => ReaderSearch.terms('x')");
        var named = await open.Page.EvaluateAsync<string[][]>("q => ReaderSearch.slots(q).map(s => s.alts)", "G20 summit A380");
        Assert.Equal(["g20", "summit", "a380"], named.Select(s => Assert.Single(s)));
        var figure = await open.Page.EvaluateAsync<string[][]>("q => ReaderSearch.slots(q).map(s => s.alts)", "38k troops");
        Assert.Contains("#38000", figure[0]);
    }

    /// <summary>Words from Porter's paper and the reference vocabulary, one or more per rule.</summary>
    private static readonly string[] PorterWords =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
        "bowdlerize", "probate", "rate", "cease", "controll", "roll", "analogies", "apology", "generalizations",
        "oscillators", "troops", "officers", "shot", "wounded", "investments", "Spain's", "U.S.", "1990s", "54,000",
    ];
}
