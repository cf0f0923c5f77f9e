namespace Reader.Benchmarks.Scale;

/// <summary>
/// The smallest Hugo site that renders every generated article: a config whose contentDir is the
/// generated corpus itself (the same .md files Reader reads) and one single/list layout each.
/// Taxonomies, RSS and sitemap are off so Hugo does no work Reader's layout does not also do per page.
/// </summary>
internal static class HugoSite
{
    public static string Create(string siteDirectory, string contentDirectory)
    {
        Directory.CreateDirectory(Path.Combine(siteDirectory, "layouts", "_default"));
        File.WriteAllText(Path.Combine(siteDirectory, "hugo.toml"),
            $"""
            baseURL = "http://localhost/"
            title = "Scale benchmark"
            contentDir = "{contentDirectory}"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """);
        File.WriteAllText(Path.Combine(siteDirectory, "layouts", "_default", "single.html"),
            """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }} · {{ .Params.source }}</p>{{ .Content }}</article></body></html>
            """);
        File.WriteAllText(Path.Combine(siteDirectory, "layouts", "_default", "list.html"),
            """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
            """);
        return siteDirectory;
    }
}
