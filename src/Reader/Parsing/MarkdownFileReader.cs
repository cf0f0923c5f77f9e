using Reader.Input;
using Reader.Input.Yaml;
using Reader.Links;
using Reader.Pipeline;

namespace Reader.Parsing;

/// <summary>
/// Reads a .md article: optional YAML front matter between "---" lines (title, dek, published, section,
/// outlet, slug, draft; "date" and "source" are accepted as published and outlet), then Markdown.
/// Malformed front matter, a duplicate key and a value of the wrong type are errors naming the file's line; an
/// unknown key is a warning naming the known ones; a url with an unsafe scheme is dropped with a warning.
/// </summary>
public static class MarkdownFileReader
{
    private static readonly IReadOnlyList<string> KnownKeys = ["title", "dek", "published", "date", "section", "outlet", "source", "slug", "draft", "url"];

    public static ArticleDraft Read(string text, string file, Diagnostics diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return Body(lines, 0, new ArticleDraft { Markdown = "", SourceLines = [] });

        int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0) throw new InputException(file, 1, "front matter opened with \"---\" is never closed");

        var yaml = string.Join('\n', lines[1..close]);
        var header = new ArticleDraft { Markdown = "", SourceLines = [] };
        // Front matter starts on the file's line 2.
        var map = new YamlSource(file, 1, diagnostics).Load(yaml, "front matter");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in map?.Entries() ?? [])
        {
            var key = entry.Key.ToLowerInvariant();
            if (!KnownKeys.Contains(key))
            {
                // A warning, not an error: front matter written for another tool carries keys of its own.
                diagnostics.Warn(file, entry.Line, "front matter: " + YamlMap.UnknownKeyMessage(entry.Key, KnownKeys, "ignored"));
                continue;
            }
            if (!seen.Add(key)) throw new InputException(file, entry.Line, $"{Quoted.Text(entry.Key)} is given twice: keep one of them");
            header = key switch
            {
                "title" => header with { Title = map!.Text(entry) },
                "dek" => header with { Dek = map!.Text(entry) },
                "published" => header with { Published = map!.Text(entry), PublishedLine = entry.Line },
                // "date" and "source" are other names for published and outlet, which win when both are given.
                "date" when !seen.Contains("published") => header with { Published = map!.Text(entry), PublishedLine = entry.Line },
                "section" => header with { Section = map!.Text(entry) },
                "outlet" => header with { Outlet = map!.Text(entry) },
                "source" when !seen.Contains("outlet") => header with { Outlet = map!.Text(entry) },
                "slug" => header with { Slug = map!.Text(entry) },
                "url" => header with { Url = LinkPolicy.Checked(map!.Text(entry), file, entry.Line, diagnostics) },
                "draft" => header with { Draft = map!.TrueOrFalse(entry) ?? false },
                _ => header,
            };
        }
        return Body(lines, close + 1, header);
    }

    private static ArticleDraft Body(string[] lines, int start, ArticleDraft header)
    {
        var map = new int[Math.Max(0, lines.Length - start)];
        for (int i = 0; i < map.Length; i++) map[i] = start + i + 1;
        return header with { Markdown = string.Join('\n', lines[start..]), SourceLines = map };
    }
}
