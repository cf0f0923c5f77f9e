using Reader.Input;

namespace Reader.Pipeline;

/// <summary>What to build, from where, to where.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    /// <summary>The URL path the site is served under, always with leading and trailing "/".</summary>
    public string BaseUrl { get; init; } = "/";
    /// <summary>Absolute origin for sitemap and feed ("https://example.org"); edition.yml's url when null.</summary>
    public string? SiteUrl { get; init; }
    /// <summary>The theme folder (layouts, partials, assets).</summary>
    public required string ThemeDirectory { get; init; }
    public bool IncludeDrafts { get; init; }
    /// <summary>What Load may read from the input folder: links, file kinds, size.</summary>
    public InputPolicy InputPolicy { get; init; } = InputPolicy.Default;

    /// <summary>The absolute origin for sitemap and feed: --site-url, else edition.yml's url, else localhost.</summary>
    public string OriginFor(EditionConfig config) => (SiteUrl ?? config.Url ?? "http://localhost").TrimEnd('/');

    /// <summary>Whether <paramref name="baseUrl"/> can be a URL path: no spaces, controls, quotes, angle brackets, "?", "#" or "\\".</summary>
    public static bool IsBaseUrl(string? baseUrl) =>
        (baseUrl ?? "").Trim().All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('"' or '\'' or '<' or '>' or '?' or '#' or '\\' or '`'));

    public static string NormaliseBaseUrl(string? baseUrl)
    {
        var trimmed = (baseUrl ?? "/").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
