using Reader.Input.Yaml;
using Reader.Links;
using Reader.Markdown.SourceMarkers;
using Reader.Pipeline;

namespace Reader.Input;

/// <summary>
/// Reads edition.yml strictly: an unknown key is an error naming its line, the nearest known key and all of
/// them; a duplicate key, a value of the wrong type, a source id that is not hex (or that repeats another in
/// other case) and a site url that is not absolute are errors naming the line. An article's or source's url with
/// an unsafe scheme is dropped with a warning. So is a verdict that says its thing wrongly (<see cref="VerdictEntry"/>).
/// </summary>
public static class EditionConfigReader
{
    private static readonly string[] EditionKeys = ["title", "description", "url", "language", "articles", "sources", "verdicts"];
    private static readonly string[] ArticleKeys = ["title", "dek", "published", "outlet", "url", "order"];
    private static readonly string[] SourceKeys = ["title", "publisher", "url", "note"];

    /// <summary>Reads <paramref name="yaml"/>; its warnings are dropped (tests, tools).</summary>
    public static EditionConfig Read(string yaml, string file) => Read(yaml, file, new Diagnostics());

    public static EditionConfig Read(string yaml, string file, Diagnostics diagnostics)
    {
        var config = new EditionConfig { File = file };
        var map = new YamlSource(file, 0, diagnostics).Load(yaml, LoadSources.ConfigName);
        if (map is null) return config;
        foreach (var entry in map.Entries())
        {
            switch (entry.Key)
            {
                case "title": config.Title = map.Text(entry); break;
                case "description": config.Description = map.Text(entry); break;
                case "language": config.Language = map.Text(entry); break;
                case "url": config.Url = SiteUrl(map, entry); break;
                case "articles": ReadArticles(map.Map(entry, "one per article id"), config.Articles); break;
                case "sources": ReadSources(map.Map(entry, "one per source id"), config.Sources); break;
                case "verdicts": config.Verdicts = VerdictListReader.Read(map, entry); break;
                default: throw map.UnknownKey(entry, EditionKeys, "in " + LoadSources.ConfigName);
            }
        }
        return config;
    }

    /// <summary>The site's origin for sitemap.xml and feed.xml: an absolute http(s) URL, or the build cannot write them.</summary>
    private static string? SiteUrl(YamlMap map, YamlEntry entry)
    {
        var text = map.Text(entry);
        if (text is null) return null;
        return SiteOrigin.Parse(text) ?? throw new InputException(map.Source.File, entry.Line, "url: " + SiteOrigin.Problem(text));
    }

    private static void ReadArticles(YamlMap? articles, Dictionary<string, ArticleOverride> into)
    {
        if (articles is null) return;
        foreach (var article in articles.Entries())
        {
            var fields = articles.Map(article, "the article's title, dek, published, outlet, url or order");
            var o = new ArticleOverride();
            foreach (var entry in fields?.Entries() ?? [])
            {
                switch (entry.Key)
                {
                    case "title": o.Title = fields!.Text(entry); break;
                    case "dek": o.Dek = fields!.Text(entry); break;
                    case "published": o.Published = fields!.Text(entry); break;
                    case "outlet": o.Outlet = fields!.Text(entry); break;
                    case "url": o.Url = LinkPolicy.Checked(fields!.Text(entry), fields.Source.File, entry.Line, fields.Source.Diagnostics); break;
                    case "order": o.Order = fields!.WholeNumber(entry); break;
                    default: throw fields!.UnknownKey(entry, ArticleKeys, $"for article {Quoted.Text(article.Key)}");
                }
            }
            into[article.Key] = o;
        }
    }

    private static void ReadSources(YamlMap? sources, Dictionary<string, SourceEntry> into)
    {
        if (sources is null) return;
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources.Entries())
        {
            var id = source.Key;
            if (!IsMarkerId(id))
                throw new InputException(sources.Source.File, source.Line,
                    $"source id {Quoted.Text(id)} is not a source marker's id: {SourceMarkerSyntax.MinIdLength} to {SourceMarkerSyntax.MaxIdLength} hexadecimal digits, as in [a1b2c3d4]");
            if (lines.TryGetValue(id, out int first))
                throw new InputException(sources.Source.File, source.Line,
                    $"source {Quoted.Text(id)} is already given on line {first} (source ids are the same in upper and lower case): keep one of them");
            lines[id] = source.Line;
            var fields = sources.Map(source, "the source's title, publisher, url or note");
            var s = new SourceEntry();
            foreach (var entry in fields?.Entries() ?? [])
            {
                switch (entry.Key)
                {
                    case "title": s.Title = fields!.Text(entry); break;
                    case "publisher": s.Publisher = fields!.Text(entry); break;
                    case "url": s.Url = LinkPolicy.Checked(fields!.Text(entry), fields.Source.File, entry.Line, fields.Source.Diagnostics); break;
                    case "note": s.Note = fields!.Text(entry); break;
                    default: throw fields!.UnknownKey(entry, SourceKeys, $"for source {Quoted.Text(id)}");
                }
            }
            into[id] = s;
        }
    }

    private static bool IsMarkerId(string id) =>
        id.Length is >= SourceMarkerSyntax.MinIdLength and <= SourceMarkerSyntax.MaxIdLength && id.All(char.IsAsciiHexDigit);
}
