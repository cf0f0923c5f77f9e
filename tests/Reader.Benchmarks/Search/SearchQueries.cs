using System.Text.Json;

namespace Reader.Benchmarks.Search;

/// <summary>
/// Queries a reader might type, taken from the built edition itself (so any edition works): figures as written
/// in claims.json ("approximately 54,000", "$14.9 billion"), what figures measure, and words of headlines.
/// </summary>
internal static class SearchQueries
{
    public static List<string> From(string site, int count)
    {
        var queries = new List<string>();
        using var stream = File.OpenRead(Path.Combine(site, "claims.json"));
        using var json = JsonDocument.Parse(stream);
        var claims = json.RootElement.GetProperty("claims");
        int n = claims.GetArrayLength();
        for (int i = 0; i < count && n > 0; i++)
        {
            var claim = claims[(int)((long)i * 7919 % n)];
            queries.Add(claim.GetProperty("text").GetString()!);
            if (claim.TryGetProperty("frame", out var frame) && frame.GetProperty("measureText").GetString() is { Length: > 2 } measure)
                queries.Add(measure);
        }
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray().Take(count))
        {
            var words = article.GetProperty("title").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2) queries.Add(string.Join(' ', words.Take(2)));
        }
        return queries.Distinct(StringComparer.Ordinal).Take(count * 3).ToList();
    }
}
