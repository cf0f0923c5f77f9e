using System.Text.Json;

namespace Reader.Tests.Search;

/// <summary>
/// Reads a built site's search index the way search.js does and checks it holds together: every file within
/// the shard limit, terms in ordinal order in the shard the manifest sends them to, postings that decode to
/// documents that exist, figures that point back to a sentence of their own article.
/// </summary>
public static class SearchIndexShape
{
    public const long MaxShardBytes = 200 * 1024;

    public static void Check(string site)
    {
        var folder = Path.Combine(site, "search");
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            Assert.True(new FileInfo(file).Length <= MaxShardBytes, $"{Path.GetRelativePath(site, file)} is {new FileInfo(file).Length:N0} bytes");

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        int documents = manifest.RootElement.GetProperty("documents").GetInt32();
        var termStarts = manifest.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
        var docStarts = manifest.RootElement.GetProperty("docs").EnumerateArray().Select(d => d.GetInt32()).ToList();
        Assert.Equal(termStarts.Order(StringComparer.Ordinal), termStarts);
        Assert.Equal(termStarts.Count, Directory.EnumerateFiles(Path.Combine(folder, "t")).Count());
        Assert.Equal(docStarts.Count, Directory.EnumerateFiles(Path.Combine(folder, "d")).Count());

        // Documents: [kind, article, ...] in number order across the shards.
        var kinds = new int[documents];
        var articles = new int[documents];
        var back = new int[documents];
        int seen = 0;
        for (int s = 0; s < docStarts.Count; s++)
        {
            Assert.Equal(seen, docStarts[s]);
            using var shard = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "d", $"{s}.json")));
            var known = shard.RootElement.GetProperty("articles");
            foreach (var doc in shard.RootElement.GetProperty("docs").EnumerateArray())
            {
                kinds[seen] = doc[0].GetInt32();
                articles[seen] = doc[1].GetInt32();
                Assert.True(known.TryGetProperty(articles[seen].ToString(System.Globalization.CultureInfo.InvariantCulture), out _), $"document {seen}: its article is not in its shard");
                if (kinds[seen] == 2) back[seen] = doc[6].GetInt32();
                seen++;
            }
        }
        Assert.Equal(documents, seen);
        for (int d = 0; d < documents; d++)
            if (kinds[d] == 2)
            {
                Assert.Equal(1, kinds[d - back[d]]);
                Assert.Equal(articles[d], articles[d - back[d]]);
            }

        // Terms: in the shard the manifest names, each posting a document that exists; figure postings name figures.
        for (int s = 0; s < termStarts.Count; s++)
        {
            using var shard = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "t", $"{s}.json")));
            foreach (var term in shard.RootElement.EnumerateObject())
            {
                Assert.True(string.CompareOrdinal(term.Name, termStarts[s]) >= 0 && (s + 1 == termStarts.Count || string.CompareOrdinal(term.Name, termStarts[s + 1]) < 0),
                    $"term {term.Name} is in shard {s}");
                var list = term.Value;
                Assert.True(list[0].GetInt32() >= 1);
                for (int i = 1, d = 0; i < list.GetArrayLength(); i += 2)
                {
                    d += list[i].GetInt32();
                    int code = list[i + 1].GetInt32();
                    Assert.InRange(d, 0, documents - 1);
                    if (code < 0) Assert.Equal(2, kinds[d]);
                    else Assert.NotEqual(2, kinds[d]);
                }
            }
        }
    }
}
