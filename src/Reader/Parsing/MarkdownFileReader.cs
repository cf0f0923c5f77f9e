using Reader.Input;
using Reader.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reader.Parsing;

/// <summary>
/// Reads a .md article: optional YAML front matter between "---" lines (title, dek, published, section,
/// outlet, slug, draft; "date" and "source" are accepted as published and outlet), then Markdown.
/// Malformed front matter is an error naming the file's line; an unknown key is a warning.
/// </summary>
public static class MarkdownFileReader
{
    private static readonly string[] KnownKeys = ["title", "dek", "published", "date", "section", "outlet", "source", "slug", "draft", "url"];

    public static ArticleDraft Read(string text, string file, Diagnostics diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return Body(lines, 0, new ArticleDraft { Markdown = "", SourceLines = [] });

        int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0) throw new InputException(file, 1, "front matter opened with \"---\" is never closed");

        var yaml = string.Join('\n', lines[1..close]);
        var fields = ReadFields(yaml, file, diagnostics);
        string? Get(string key) => fields.TryGetValue(key, out var v) ? v.Value : null;
        int? LineOf(string key) => fields.TryGetValue(key, out var v) ? v.Line : null;

        var draft = Get("draft");
        if (draft is not null && !bool.TryParse(draft, out _))
            throw new InputException(file, LineOf("draft"), $"draft must be true or false, not \"{draft}\"");

        var header = new ArticleDraft
        {
            Title = Get("title"),
            Dek = Get("dek"),
            Published = Get("published") ?? Get("date"),
            PublishedLine = LineOf("published") ?? LineOf("date"),
            Section = Get("section"),
            Outlet = Get("outlet") ?? Get("source"),
            Slug = Get("slug"),
            Url = Get("url"),
            Draft = draft is not null && bool.Parse(draft),
            Markdown = "",
            SourceLines = [],
        };
        return Body(lines, close + 1, header);
    }

    private static ArticleDraft Body(string[] lines, int start, ArticleDraft header)
    {
        var map = new int[Math.Max(0, lines.Length - start)];
        for (int i = 0; i < map.Length; i++) map[i] = start + i + 1;
        return header with { Markdown = string.Join('\n', lines[start..]), SourceLines = map };
    }

    /// <summary>The 1-based YAML line where reading first fails: the shortest failing prefix of lines.</summary>
    private static int FirstBadLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (int n = 1; n <= lines.Length; n++)
        {
            try { new YamlStream().Load(new StringReader(string.Join('\n', lines[..n]))); }
            catch (Exception e) when (e is YamlException or InvalidOperationException) { return n; }
        }
        return lines.Length;
    }

    /// <summary>Top-level scalar keys with their file line (front matter starts on the file's line 2).</summary>
    private static Dictionary<string, (string Value, int Line)> ReadFields(string yaml, string file, Diagnostics diagnostics)
    {
        var fields = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(yaml)) return fields;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line + 1, EditionConfigReader.Describe(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections ("[a, b").
            throw new InputException(file, FirstBadLine(yaml) + 1, "front matter is not valid YAML (an unclosed \"[\", \"{\" or quote?)");
        }
        if (stream.Documents.Count == 0) return fields;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new InputException(file, 2, "front matter must be a set of \"key: value\" lines");
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            int line = (int)keyNode.Start.Line + 1;
            if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Warn(file, line, $"unknown front matter key \"{key}\" (known: {string.Join(", ", KnownKeys)})");
                continue;
            }
            if (valueNode is not YamlScalarNode scalar)
                throw new InputException(file, line, $"\"{key}\" must be a single value");
            fields[key] = (scalar.Value ?? "", line);
        }
        return fields;
    }
}
