using System.Text.RegularExpressions;

namespace Reader.Checking;

/// <summary>Which attributes of which elements make the browser navigate to or fetch a URL.</summary>
internal static class LinkAttributes
{
    private static readonly Dictionary<string, string[]> ByElement = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["area"] = ["href"],
        ["link"] = ["href"],
        ["script"] = ["src"],
        ["img"] = ["src", "srcset"],
        ["iframe"] = ["src"],
        ["form"] = ["action"],
        ["source"] = ["src", "srcset"],
        ["video"] = ["src", "poster"],
        ["audio"] = ["src"],
        ["track"] = ["src"],
        ["embed"] = ["src"],
        ["object"] = ["data"],
    };

    public static IReadOnlyList<string> For(string localName) =>
        ByElement.TryGetValue(localName, out var names) ? names : [];

    /// <summary>URLs of a srcset: comma-separated "url [descriptor]" candidates.</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset)
    {
        // A data: URL contains commas and cannot be split safely; it is checked whole (and found unsafe).
        if (srcset.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            yield return srcset.Trim();
            yield break;
        }
        foreach (var candidate in srcset.Split(','))
        {
            var url = candidate.Trim().Split([' ', '\t', '\n', '\r', '\f'], 2)[0];
            if (url.Length > 0) yield return url;
        }
    }

    // <meta http-equiv="refresh" content="0; url='/new/'">: delay, separator, optional "url=", optionally quoted URL.
    private static readonly Regex RefreshContent = new(
        @"^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(?<q>['""]?)(?<url>.*?)\k<q>\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>The URL a refresh redirects to, or null when it only reloads the page.</summary>
    public static string? MetaRefreshUrl(string content)
    {
        var match = RefreshContent.Match(content);
        return match.Success && match.Groups["url"].Value.Length > 0 ? match.Groups["url"].Value : null;
    }
}
