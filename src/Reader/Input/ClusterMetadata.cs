using System.Text.Json;

namespace Reader.Input;

/// <summary>
/// Reads a news-cluster folder's cluster.json (the layout of the real corpora: a main event and, per
/// file, title, outlet, url and date) into the same shape as edition.yml, which overrides it.
/// </summary>
public static class ClusterMetadata
{
    public static EditionConfig Read(string json, string file)
    {
        var config = new EditionConfig();
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return config;
            config.Title = Text(root, "main_event") ?? Text(root, "title");
            if (root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in articles.EnumerateArray())
                {
                    if (Text(a, "file") is not { } name) continue;
                    config.Articles[Path.GetFileNameWithoutExtension(name)] = new ArticleOverride
                    {
                        Title = Text(a, "title"),
                        Outlet = Text(a, "outlet"),
                        Url = Text(a, "url"),
                        Published = Text(a, "date"),
                    };
                }
            }
        }
        catch (JsonException e)
        {
            throw new InputException(file, (int)(e.LineNumber ?? 0) + 1, e.Message);
        }
        return config;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : null;

    /// <summary>Lays <paramref name="over"/> on <paramref name="under"/>: any value the editor set wins.</summary>
    public static EditionConfig Merge(EditionConfig under, EditionConfig over)
    {
        var merged = new EditionConfig
        {
            Title = over.Title ?? under.Title,
            Description = over.Description ?? under.Description,
            Url = over.Url ?? under.Url,
            Language = over.Language ?? under.Language,
            Sources = new(under.Sources, StringComparer.OrdinalIgnoreCase),
            Articles = new(under.Articles, StringComparer.Ordinal),
            Verdicts = over.Verdicts,
            File = over.File ?? under.File,
        };
        foreach (var (id, s) in over.Sources) merged.Sources[id] = s;
        foreach (var (id, a) in over.Articles)
        {
            var b = under.Articles.GetValueOrDefault(id) ?? new ArticleOverride();
            merged.Articles[id] = new ArticleOverride
            {
                Title = a.Title ?? b.Title,
                Dek = a.Dek ?? b.Dek,
                Published = a.Published ?? b.Published,
                Outlet = a.Outlet ?? b.Outlet,
                Url = a.Url ?? b.Url,
                Order = a.Order ?? b.Order,
            };
        }
        return merged;
    }
}
