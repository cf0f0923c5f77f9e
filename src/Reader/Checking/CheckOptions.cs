namespace Reader.Checking;

/// <summary>Settings for <see cref="SiteChecker"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>
    /// URL path prefix the site is served under, e.g. "/" or "/sub/path/".
    /// Root-relative links must start with it, because that is where the browser will look.
    /// A full URL is accepted too; only its path is used.
    /// </summary>
    public string BaseUrl { get; init; } = "/";
}
