using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Reader.Claims.Comparison;
using Reader.Tests.Verdicts;
using Reader.Verdicts;

namespace Reader.Tests.Changes;

/// <summary>
/// Each build compares its claims with the claims.json of the build in the output folder and says what changed: on
/// the summary line (last), on changes/index.html and in the feed. Built through the CLI, read with AngleSharp.
/// </summary>
public sealed class ChangesPageTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SeedEdition seeds = new();

    public void Dispose() => seeds.Dispose();

    private string Build()
    {
        var (code, stdout, stderr) = seeds.Build();
        Assert.True(code == 0, stderr);
        return stdout.Trim();
    }

    private List<string> Items(string section) =>
        seeds.Page("changes/index.html").GetElementById(section)!.ParentElement!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();

    private XElement ChangesEntry() =>
        XDocument.Load(Path.Combine(seeds.Output, "feed.xml")).Root!.Elements(Atom + "entry").First();

    [Fact]
    public void The_first_build_says_first_build_on_the_summary_line_the_page_and_the_feed()
    {
        var summary = Build();

        Assert.EndsWith(" · first build", summary);
        var page = seeds.Page("changes/index.html");
        Assert.Equal("What changed since the last build", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("First build.", page.QuerySelector("main .counts")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main h2"));
        var entry = ChangesEntry();
        Assert.Equal("What changed in this build", entry.Element(Atom + "title")!.Value);
        Assert.Equal("First build.", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("http://localhost/changes/", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        var sitemap = XDocument.Load(Path.Combine(seeds.Output, "sitemap.xml"));
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => loc.Value == "http://localhost/changes/");
        Assert.Contains(seeds.Page("index.html").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/changes/");
    }

    [Fact]
    public void A_rebuild_of_the_same_edition_changes_nothing()
    {
        Build();
        var firstEntryId = ChangesEntry().Element(Atom + "id")!.Value;

        var summary = Build();

        Assert.EndsWith(" · since the last build: 0 figures added, 0 removed, 0 changed, 0 relations flipped, 0 verdicts applied", summary);
        Assert.Equal(6, seeds.Page("changes/index.html").QuerySelectorAll("main h2").Length);
        Assert.All(seeds.Page("changes/index.html").QuerySelectorAll("main section"), s => Assert.Equal("None.", s.QuerySelector("p")!.TextContent));
        Assert.NotEqual(firstEntryId, ChangesEntry().Element(Atom + "id")!.Value);
    }

    [Fact]
    public void A_figure_changed_to_agree_is_one_figure_changed_and_one_relation_flipped_linked_to_where_it_now_stands()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        var (words, otherWords) = (Text(claim), Text(other));
        Build();
        var before = ChangesEntry().Element(Atom + "id")!.Value;
        seeds.EditArticle(EditionRef.Article(claim), text => ReplaceFirst(text, words, otherWords));

        var summary = Build();

        Assert.EndsWith(" · since the last build: 0 figures added, 0 removed, 1 changed, 1 relation flipped, 0 verdicts applied", summary);
        var changed = seeds.Page("changes/index.html").GetElementById("figures-changed")!.ParentElement!.QuerySelector("li a")!;
        Assert.Equal($"{words} → {otherWords}", changed.TextContent);
        var (page, anchor) = Split(changed.GetAttribute("href")!);
        Assert.Equal(otherWords, seeds.Page(page).GetElementById(anchor)!.TextContent);
        Assert.Equal([$"“{otherWords}” and “{otherWords}”: differs → agrees in {Title(claim)}; {Title(other)}"], Items("relations-flipped"));
        var entry = ChangesEntry();
        Assert.NotEqual(before, entry.Element(Atom + "id")!.Value);
        Assert.Contains($"{words} → {otherWords}", entry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public void Figures_added_and_removed_are_listed_with_their_articles()
    {
        var (claim, _) = SeedPairs.First(Relation.Differs);
        var removedWords = Text(claim);
        var article = EditionRef.Article(claim);
        Build();
        seeds.EditArticle(article, text => ReplaceFirst(text, removedWords, "soon") + "\n\nThe delegation will bring 35 officials.\n");

        var summary = Build();

        Assert.EndsWith(" · since the last build: 1 figure added, 1 removed, 0 changed, 0 relations flipped, 0 verdicts applied", summary);
        Assert.Equal([$"35 in {Title(claim)}"], Items("figures-added"));
        Assert.Equal([$"{removedWords} in {Title(claim)}"], Items("figures-removed"));
        Assert.Null(seeds.Page("changes/index.html").GetElementById("figures-removed")!.ParentElement!.QuerySelector("a"));
    }

    [Fact]
    public void Verdicts_applied_and_withdrawn_are_listed_with_their_notes_and_a_ruled_out_figure_is_not_a_removal()
    {
        var (claim, other) = SeedPairs.First(Relation.Differs);
        var (named, _) = SeedPairs.Uncompared();
        Build();
        var original = File.ReadAllText(seeds.Config);
        seeds.AddVerdicts($"  - reject: [{claim}, {other}]\n    note: Different events.", $"  - not_a_claim: {named}");

        var summary = Build();

        Assert.EndsWith(" · since the last build: 0 figures added, 0 removed, 0 changed, 0 relations flipped, 2 verdicts applied", summary);
        var applied = seeds.Page("changes/index.html").GetElementById("verdicts-applied")!.ParentElement!.QuerySelectorAll("li");
        Assert.Equal(2, applied.Length);
        Assert.StartsWith($"rejected: “{Text(claim)}” and “{Text(other)}” in {Title(claim)}; {Title(other)}", applied[0].TextContent);
        Assert.Equal("Editors’ note: Different events.", applied[0].QuerySelector(".editors-note")!.TextContent);
        Assert.StartsWith($"not a claim: “{Text(named)}”", applied[1].TextContent);
        Assert.Empty(Items("figures-removed"));

        File.WriteAllText(seeds.Config, original);
        summary = Build();

        Assert.EndsWith(" · since the last build: 0 figures added, 0 removed, 0 changed, 0 relations flipped, 0 verdicts applied, 2 withdrawn", summary);
        Assert.Equal(2, Items("verdicts-withdrawn").Count);
        Assert.StartsWith("no longer rejected: ", Items("verdicts-withdrawn")[0]);
        Assert.Empty(Items("figures-added"));
    }

    [Fact]
    public void A_previous_build_with_position_anchors_reports_no_figure_as_changed()
    {
        Build();
        // claims.json as builds wrote it before anchors were made from content: ids by position, no verdicts.
        var path = Path.Combine(seeds.Output, "claims.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var counts = new Dictionary<string, int>();
        foreach (var c in json["claims"]!.AsArray())
        {
            var article = c!["article"]!.GetValue<string>();
            counts[article] = counts.GetValueOrDefault(article) + 1;
            c["id"] = $"{article}-c{counts[article]}";
            c["anchor"] = $"c{counts[article]}";
            foreach (var e in c["comparisons"]!.AsArray()) e!["claim"] = null;
        }
        json.Remove("verdicts");
        json.Remove("notClaims");
        File.WriteAllText(path, json.ToJsonString());

        var summary = Build();

        Assert.EndsWith(" · since the last build: 0 figures added, 0 removed, 0 changed, 0 relations flipped, 0 verdicts applied", summary);
    }

    [Fact]
    public void A_reader_build_whose_claims_json_cannot_be_read_is_a_warning_and_a_first_build()
    {
        Build();
        File.WriteAllText(Path.Combine(seeds.Output, "claims.json"), "{\"claims\": 3}");

        var (code, stdout, stderr) = seeds.Build();

        Assert.Equal(0, code);
        Assert.EndsWith(" · first build", stdout.Trim());
        Assert.Contains("output/claims.json: warning: ", stderr);
        Assert.Contains("what changed since the last build is not shown", stderr);
    }

    [Fact]
    public void A_folder_that_is_no_reader_build_is_not_compared_even_with_a_claims_json()
    {
        Build();
        File.Delete(Path.Combine(seeds.Output, Reader.Publishing.OutputFolder.MarkerName));

        var (code, stdout, stderr) = seeds.Build("--force");

        Assert.True(code == 0, stderr);
        Assert.EndsWith(" · first build", stdout.Trim());
        Assert.DoesNotContain("claims.json", stderr);
    }

    private static string Text(string claim) => SeedPairs.Seeds.FindClaim(claim)!.Value.Claim.Claim.Text;

    private static string Title(string claim) => SeedPairs.Seeds.Find(EditionRef.Article(claim))!.Meta.Title;

    private static string ReplaceFirst(string text, string words, string with)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{words}\" is not in the article's text");
        return text[..at] + with + text[(at + words.Length)..];
    }

    /// <summary>"/articles/x/#c-1-abcde" → ("articles/x/index.html", "c-1-abcde").</summary>
    private static (string Page, string Anchor) Split(string href)
    {
        var hash = href.IndexOf('#');
        return (href[1..hash] + "index.html", href[(hash + 1)..]);
    }
}
