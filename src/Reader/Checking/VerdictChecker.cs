using AngleSharp.Html.Parser;
using Reader.Changes.Published;
using Reader.Verdicts;

namespace Reader.Checking;

/// <summary>
/// Warns about the editors' verdicts a built site records in its claims.json that name a claim or sentence the site
/// does not have: claims are looked up among the site's claims and the figures ruled not claims, sentences among
/// the ids of their article's page. Warnings, not findings: the site is sound, but edition.yml needs updating.
/// </summary>
public static class VerdictChecker
{
    public static IReadOnlyList<VerdictWarning> Check(string siteDirectory)
    {
        var claims = ClaimsFileReader.Read(siteDirectory, out _);
        if (claims?.Verdicts is not { Count: > 0 } verdicts) return [];
        var known = claims.Claims!.Select(c => c.Id!).Concat((claims.NotClaims ?? []).Where(n => n.Id is not null).Select(n => n.Id!))
            .ToHashSet(StringComparer.Ordinal);
        var pages = claims.Articles!.Where(a => a.Path is not null).ToDictionary(a => a.Id!, a => a.Path!, StringComparer.Ordinal);
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var warnings = new List<VerdictWarning>();
        foreach (var v in verdicts)
        {
            if (v.Claim is null) continue;
            var missing = new[] { v.Claim, v.Other }.OfType<string>()
                .Where(id => EditionRef.IsSentence(id) ? !SentenceExists(siteDirectory, id, pages, anchors) : !known.Contains(id))
                .Select(id => $"{(EditionRef.IsSentence(id) ? "sentence" : "claim")} \"{id}\"").ToList();
            if (missing.Count == 0) continue;
            warnings.Add(new VerdictWarning(v.File ?? "edition.yml", v.Line,
                $"{v.Verdict}: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} not in this site; update the verdict's ids or remove it"));
        }
        return warnings;
    }

    /// <summary>Whether the article's page has the sentence's anchor; each page read once.</summary>
    private static bool SentenceExists(string root, string id, Dictionary<string, string> pages, Dictionary<string, HashSet<string>> anchors)
    {
        var article = EditionRef.Article(id);
        if (!anchors.TryGetValue(article, out var ids))
        {
            ids = [];
            if (pages.TryGetValue(article, out var path) && PageFile(root, path) is { } file)
                ids = new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            anchors[article] = ids;
        }
        return ids.Contains(EditionRef.Anchor(id));
    }

    /// <summary>The page file of an article's URL path, searched from its end: the site may be built under a base URL.</summary>
    private static string? PageFile(string root, string urlPath)
    {
        var parts = urlPath.Trim('/').Split('/');
        for (int skip = 0; skip < parts.Length; skip++)
        {
            var file = Path.Combine([root, .. parts[skip..], "index.html"]);
            if (File.Exists(file)) return file;
        }
        return null;
    }
}
