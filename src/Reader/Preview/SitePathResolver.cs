namespace Reader.Preview;

/// <summary>
/// Maps a request path to a file of the in-memory site. The site is a dictionary, so nothing outside it
/// can ever be read; still, any path that tries to climb — "..", "." or a backslash, plain or
/// percent-encoded once or several times — is refused outright rather than normalised into something
/// that happens to exist. Folders are never listed: a folder URL serves its index.html, and a folder
/// asked for without its trailing slash is redirected to the slash form so relative links keep working.
/// </summary>
public sealed class SitePathResolver(string baseUrl)
{
    private const int MaxDecodeRounds = 4;

    /// <param name="path">The request path as the server decoded it once ("/articles/x/").</param>
    /// <param name="rawTarget">The request target exactly as sent, checked too because the server may have normalised dot segments away already.</param>
    public SiteRequest Resolve(string path, string? rawTarget, Func<string, bool> exists)
    {
        if (IsUnsafe(path) || (rawTarget is not null && IsUnsafe(StripQuery(rawTarget)))) return SiteRequest.Refused;
        if (!path.StartsWith('/')) return SiteRequest.Refused;
        // Empty segments never name a site file, and "//host" in a redirect would leave the site.
        if (path.Contains("//", StringComparison.Ordinal)) return SiteRequest.NotFound;

        if (!path.StartsWith(baseUrl, StringComparison.Ordinal))
            return path + "/" == baseUrl ? new SiteRequest(SiteRequestKind.Redirect, Location: baseUrl) : SiteRequest.NotFound;

        var relative = path[baseUrl.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var index = relative + "index.html";
            return exists(index) ? new SiteRequest(SiteRequestKind.File, index) : SiteRequest.NotFound;
        }
        if (exists(relative)) return new SiteRequest(SiteRequestKind.File, relative);
        if (exists(relative + "/index.html")) return new SiteRequest(SiteRequestKind.Redirect, Location: Uri.EscapeDataString(path).Replace("%2F", "/") + "/");
        return SiteRequest.NotFound;
    }

    /// <summary>True when the path, decoded as many times as it takes, has a dot segment, a backslash or a control character.</summary>
    public static bool IsUnsafe(string path)
    {
        var current = path;
        for (int round = 0; round <= MaxDecodeRounds; round++)
        {
            if (current.Contains('\\') || current.Any(char.IsControl)) return true;
            foreach (var segment in current.Split('/'))
                if (segment is "." or "..") return true;
            var decoded = Uri.UnescapeDataString(current);
            if (decoded == current) return false;
            current = decoded;
        }
        // Still decoding after several rounds: no honest link is encoded that deep.
        return true;
    }

    private static string StripQuery(string target)
    {
        int q = target.IndexOfAny(['?', '#']);
        return q < 0 ? target : target[..q];
    }
}
