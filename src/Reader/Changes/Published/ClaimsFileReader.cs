using System.Text.Json;

namespace Reader.Changes.Published;

/// <summary>
/// Reads a built site's claims.json, streaming (at scale it is the largest file of the site). A file that is not
/// JSON, or not the shape Reader writes, is no Reader build's: <see cref="Read"/> says why instead.
/// </summary>
public static class ClaimsFileReader
{
    public const string FileName = "claims.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    /// <summary>The claims of the site in <paramref name="siteDirectory"/>; null when it has no claims.json.</summary>
    /// <param name="problem">Why a claims.json present could not be read as Reader's, else null.</param>
    public static PublishedClaims? Read(string siteDirectory, out string? problem)
    {
        problem = null;
        var path = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var claims = JsonSerializer.Deserialize<PublishedClaims>(stream, Options);
            problem = ShapeProblem(claims);
            return problem is null ? claims : null;
        }
        catch (JsonException e)
        {
            problem = $"not JSON as Reader writes it (line {(e.LineNumber ?? 0) + 1}): {e.Message.Split(" Path:")[0]}";
        }
        catch (IOException e)
        {
            problem = e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            problem = e.Message;
        }
        return null;
    }

    private static string? ShapeProblem(PublishedClaims? claims)
    {
        if (claims?.Claims is null || claims.Articles is null) return "no \"articles\" and \"claims\" lists: not a Reader build's claims.json";
        if (claims.Claims.Any(c => c?.Id is null || c.Article is null || c.Text is null)) return "a claim without \"id\", \"article\" or \"text\"";
        if (claims.Articles.Any(a => a?.Id is null)) return "an article without \"id\"";
        return null;
    }
}
