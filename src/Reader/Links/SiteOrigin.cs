namespace Reader.Links;

/// <summary>
/// The site's absolute address, from --site-url or edition.yml's url: sitemap.xml and feed.xml need absolute
/// URLs, so it must be an absolute http or https URL ("https://example.org", or with a path,
/// "https://example.org/news"), without a query or fragment.
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
        return t.TrimEnd('/');
    }

    public static string Problem(string text) =>
        $"{Pipeline.Quoted.Text(text)} is not the site's absolute address: write it as http:// or https:// and a host, such as https://example.org";
}
