using Reader.Pipeline;

namespace Reader.Links;

/// <summary>
/// The URL schemes a page of the edition may link to or load from: http, https and mailto, and relative URLs
/// (which take the page's own scheme). Anything else — javascript:, data:, vbscript:, file: and the rest — could
/// run script or reach the reader's own machine, and is never published: links and images from Markdown, and
/// url values from front matter, edition.yml and cluster.json. `reader check` applies the same rule to any site.
/// </summary>
public static class LinkPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>"only http, https, mailto and relative links are published", for messages.</summary>
    public const string Rule = "only http, https, mailto and relative links are published";

    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>
    /// The scheme a browser would see, lower-cased; null for a relative URL. Read as the URL standard reads it:
    /// leading and trailing spaces and control characters are ignored and tabs and line breaks anywhere are removed
    /// first, so "java&#9;script:" is still javascript:.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var clean = Clean(url);
        int colon = clean.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(clean[0])) return null;
        for (int i = 1; i < colon; i++)
        {
            char c = clean[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return clean[..colon].ToLowerInvariant();
    }

    private static string Clean(string url)
    {
        var trimmed = url.Trim().Trim(ControlAndSpace);
        return trimmed.IndexOfAny(['\t', '\n', '\r']) < 0 ? trimmed : trimmed.Replace("\t", "").Replace("\n", "").Replace("\r", "");
    }

    private static readonly char[] ControlAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>A url value read from YAML or JSON: itself when allowed; otherwise null, with a warning naming file and line.</summary>
    public static string? Checked(string? url, string file, int? line, Diagnostics diagnostics)
    {
        if (url is null || IsAllowed(url)) return url;
        diagnostics.Warn(file, line, $"url {Quoted.Text(url)} dropped: {Rule}");
        return null;
    }
}
