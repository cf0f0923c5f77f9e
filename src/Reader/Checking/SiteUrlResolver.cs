namespace Reader.Checking;

/// <summary>
/// Resolves URLs found in site files exactly as a browser would, then maps them back onto
/// site-relative file paths. System.Uri does the RFC 3986 work (dot segments, backslashes,
/// scheme detection); this class only decides what counts as "inside the site".
/// </summary>
internal sealed class SiteUrlResolver
{
    // A fake origin: every page is pretended to live here so relative and root-relative URLs
    // resolve with real browser semantics, and anything landing on another host is external.
    private const string SiteHost = "site.invalid";
    private const string SiteOrigin = "http://" + SiteHost;

    private readonly IReadOnlySet<string> _ownHosts;

    /// <param name="baseUrl">URL path prefix the site is served under.</param>
    /// <param name="ownHosts">
    /// Hosts known to serve this site (from sitemap/feed). Absolute URLs to them are checked like
    /// root-relative ones; this catches broken canonical and feed links.
    /// </param>
    public SiteUrlResolver(string baseUrl, IReadOnlySet<string>? ownHosts = null)
    {
        BaseUrl = NormalizeBaseUrl(baseUrl);
        _ownHosts = ownHosts ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Canonical, percent-encoded base path that starts and ends with '/'.</summary>
    public string BaseUrl { get; }

    public static string NormalizeBaseUrl(string? baseUrl)
    {
        var path = string.IsNullOrWhiteSpace(baseUrl) ? "/" : baseUrl.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            path = absolute.AbsolutePath;
        if (!path.StartsWith('/')) path = "/" + path;
        if (!path.EndsWith('/')) path += "/";
        // Round-trip through Uri so "/my site/" compares equal to resolved "/my%20site/".
        return new Uri(SiteOrigin + path).AbsolutePath;
    }

    /// <summary>The URL a browser has for the file at <paramref name="sitePath"/>.</summary>
    public Uri PageUri(string sitePath)
    {
        var escaped = string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));
        return new Uri(SiteOrigin + BaseUrl + escaped);
    }

    /// <summary>The document base URL: the page URL, or the first &lt;base href&gt; resolved against it.</summary>
    public static Uri DocumentBase(Uri pageUri, string? baseHref)
    {
        if (string.IsNullOrWhiteSpace(baseHref)) return pageUri;
        return Uri.TryCreate(pageUri, CleanUrl(baseHref), out var resolved) ? resolved : pageUri;
    }

    public ResolvedUrl Resolve(Uri documentBase, string raw)
    {
        var url = CleanUrl(raw);
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        if (!Links.LinkPolicy.IsAllowed(raw))
            return new ResolvedUrl(ResolvedUrlKind.Unsafe, "", fragment, raw);

        if (!Uri.TryCreate(documentBase, url, out var uri))
            return new ResolvedUrl(ResolvedUrlKind.Malformed, "", fragment, raw);
        if (uri.Scheme is not ("http" or "https"))
            return new ResolvedUrl(ResolvedUrlKind.External, "", fragment, raw);

        var onFakeOrigin = uri.Host == SiteHost;
        if (!onFakeOrigin && !_ownHosts.Contains(uri.Host))
            return new ResolvedUrl(ResolvedUrlKind.External, "", fragment, raw);

        var path = uri.AbsolutePath;
        // "/sub/path" without the slash gets redirected to "/sub/path/" by every static server.
        if (path + "/" == BaseUrl) path = BaseUrl;
        if (!path.StartsWith(BaseUrl, StringComparison.Ordinal))
        {
            // An absolute URL to our host but another app (e.g. "/other-app/") is not ours to judge;
            // a relative or root-relative one escaping the base is a real breakage.
            var kind = onFakeOrigin ? ResolvedUrlKind.OutsideBase : ResolvedUrlKind.External;
            return new ResolvedUrl(kind, "", fragment, raw);
        }

        return new ResolvedUrl(ResolvedUrlKind.Internal, Uri.UnescapeDataString(path[BaseUrl.Length..]), fragment, raw);
    }

    // The URL parser strips leading/trailing C0/space and removes tabs and newlines anywhere.
    private static string CleanUrl(string raw)
    {
        var trimmed = raw.Trim(' ', '\t', '\n', '\r', '\f');
        return trimmed.IndexOfAny(['\t', '\n', '\r']) < 0
            ? trimmed
            : trimmed.Replace("\t", "").Replace("\n", "").Replace("\r", "");
    }
}
