using System.Text.Json;
using System.Xml.Linq;

namespace Reader.Tests.Site;

public sealed class DataFilesTests(SeedSite site) : IClassFixture<SeedSite>
{
    private JsonElement Claims() => JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "claims.json"))).RootElement;

    private static void HasProperties(JsonElement e, params string[] names)
    {
        foreach (var name in names) Assert.True(e.TryGetProperty(name, out _), $"missing \"{name}\" in {e}");
    }

    /// <summary>Each article's sentences by anchor, from its "sentences" list; an anchor listed twice fails.</summary>
    private Dictionary<(string Article, string Anchor), string> Sentences() =>
        Claims().GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("sentences").EnumerateArray().Select(s =>
                (Key: (a.GetProperty("id").GetString()!, s.GetProperty("anchor").GetString()!), Text: s.GetProperty("text").GetString()!)))
            .ToDictionary(x => x.Key, x => x.Text);

    [Fact]
    public void Claims_json_lists_articles_with_paths_that_exist()
    {
        var articles = Claims().GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(5, articles.Count);
        foreach (var a in articles)
        {
            HasProperties(a, "id", "title", "path", "published", "sentences");
            Assert.True(File.Exists(Path.Combine(site.Output, site.FileOf(a.GetProperty("path").GetString()!))));
        }
    }

    [Fact]
    public void Claims_json_writes_each_sentence_once_and_only_those_claims_and_citations_stand_in()
    {
        var root = Claims();
        var sentences = Sentences();
        var used = root.GetProperty("claims").EnumerateArray()
            .Select(c => (c.GetProperty("article").GetString()!, c.GetProperty("sentenceAnchor").GetString()!))
            .Concat(root.GetProperty("sources").EnumerateArray().SelectMany(s => s.GetProperty("citations").EnumerateArray())
                .Select(c => (c.GetProperty("article").GetString()!, c.GetProperty("sentenceAnchor").GetString()!)))
            .ToHashSet();

        Assert.Equal(used.Order(), sentences.Keys.Order());
        Assert.All(root.GetProperty("claims").EnumerateArray(), c => Assert.False(c.TryGetProperty("sentence", out _)));
    }

    [Fact]
    public void Claims_json_sources_carry_their_citations()
    {
        var articleIds = Claims().GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var sources = Claims().GetProperty("sources").EnumerateArray().ToList();
        var sentences = Sentences();

        Assert.Equal(site.Result.Edition!.Sources.Sources.Count, sources.Count);
        foreach (var s in sources)
        {
            HasProperties(s, "id", "title", "url", "citations");
            foreach (var c in s.GetProperty("citations").EnumerateArray())
            {
                HasProperties(c, "article", "anchor", "sentenceAnchor");
                Assert.Contains(c.GetProperty("article").GetString(), articleIds);
                Assert.StartsWith("cite-" + s.GetProperty("id").GetString(), c.GetProperty("anchor").GetString());
                Assert.False(string.IsNullOrWhiteSpace(sentences[(c.GetProperty("article").GetString()!, c.GetProperty("sentenceAnchor").GetString()!)]));
            }
        }
    }

    [Fact]
    public void Claims_json_claims_have_the_full_shape_and_valid_references()
    {
        var root = Claims();
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        var claimIds = claims.Select(c => c.GetProperty("id").GetString()).ToHashSet();
        var articleIds = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var sentences = Sentences();

        Assert.Equal(site.Result.Edition!.ClaimCount, claims.Count);
        Assert.Equal(claims.Count, claimIds.Count);
        foreach (var c in claims)
        {
            HasProperties(c, "id", "article", "text", "sentenceAnchor", "kind", "value", "unit", "qualifier", "subject", "anchor", "frame", "comparisons");
            Assert.Contains(c.GetProperty("article").GetString(), articleIds);
            Assert.Contains(c.GetProperty("text").GetString()!, sentences[(c.GetProperty("article").GetString()!, c.GetProperty("sentenceAnchor").GetString()!)]);
            foreach (var k in c.GetProperty("comparisons").EnumerateArray())
            {
                HasProperties(k, "relation", "article", "claim", "excerpt");
                Assert.Contains(k.GetProperty("article").GetString(), articleIds);
                if (k.GetProperty("claim").ValueKind == JsonValueKind.String)
                    Assert.Contains(k.GetProperty("claim").GetString(), claimIds);
            }
        }
        Assert.Contains(claims, c => c.GetProperty("comparisons").GetArrayLength() > 0);
    }

    [Fact]
    public void Feed_is_atom_with_what_changed_then_one_entry_per_article()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;

        Assert.Equal(atom + "feed", feed.Name);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        Assert.Equal("What changed in this build", entries[0].Element(atom + "title")!.Value);
        Assert.EndsWith("/changes/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "title")?.Value)));
        Assert.Equal(5, entries.Skip(1).Count(e => e.Element(atom + "link")!.Attribute("href")!.Value.Contains("/articles/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sitemap_lists_every_article()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!
            .Elements(sm + "url").Select(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath).ToList();

        foreach (var file in site.ArticleFiles)
            Assert.Contains("/" + file[..^"index.html".Length], urls);
    }
}
