namespace Reader.Links;

/// <summary>
/// The site's absolute address, from --site-url or edition.yml's url: sitemap.xml, feed.xml and the sharing
/// metadata need absolute URLs, so it must be an absolute http or https origin ("https://example.org", a port
/// allowed). No path: every page's URL already starts with --base-url, and an origin with a path as well would
/// give it twice ("https://example.org/news/news/…").
/// </summary>
public static class SiteOrigin
{
    /// <returns>The origin without a trailing "/", or null when <paramref name="text"/> is not one.</returns>
    public static string? Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return null;
        if (!Uri.TryCreate(t, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (uri.Host.Length == 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return null;
        if (uri.AbsolutePath != "/") return null;
        return t.TrimEnd('/');
    }

    public static string Problem(string text) => $"{Pipeline.Quoted.Text(text)} {Advice}";

    /// <summary>What to write instead, after the value at fault.</summary>
    public const string Advice =
        "is not the site's absolute address: write it as http:// or https:// and a host, such as https://example.org, with no path (the path the site is served under is --base-url)";
}
