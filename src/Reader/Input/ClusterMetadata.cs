using System.Text.Json;
using Reader.Links;
using Reader.Pipeline;

namespace Reader.Input;

/// <summary>
/// Reads a news-cluster folder's cluster.json (the layout of the real corpora: a main event and, per
/// file, title, outlet, url and date) into the same shape as edition.yml, which overrides it. Control characters
/// are removed from its values and a url with an unsafe scheme is dropped, each with a warning.
/// </summary>
public static class ClusterMetadata
{
    /// <summary>Reads <paramref name="json"/>; its warnings are dropped (tests, tools).</summary>
    public static EditionConfig Read(string json, string file) => Read(json, file, new Diagnostics());

    public static EditionConfig Read(string json, string file, Diagnostics diagnostics)
    {
        string? Text(JsonElement element, string name) => Clean(element, name, json, file, diagnostics);
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
                        Url = Text(a, "url") is { } url ? LinkPolicy.Checked(url, file, LineOf(json, url), diagnostics) : null,
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

    private static string? Clean(JsonElement element, string name, string json, string file, Diagnostics diagnostics)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String) return null;
        var text = ControlCharacters.Remove(v.GetString()!, out var removed);
        if (removed.Count > 0) diagnostics.Warn(file, null, $"\"{name}\": " + ControlCharacters.Warning(removed.Count, removed.First));
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The line a value is written on, when it is written as it reads (JSON escapes would hide it): for messages only.</summary>
    private static int? LineOf(string json, string value)
    {
        int at = json.IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? null : json.AsSpan(0, at).Count('\n') + 1;
    }

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
