using Reader.Claims.Extraction;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Extraction;

/// <summary>
/// The five seed articles, read from the repository at test time, extracted paragraph by paragraph
/// (as the pipeline does). Dates in the seeds are resolved against the publication date each one states.
/// </summary>
internal static class SeedArticles
{
    private static readonly ClaimExtractor Extractor = new();

    /// <summary>Publication dates: the seeds' own datelines where they give one, else the visit's run-up.</summary>
    private static readonly Dictionary<string, DateOnly> Published = new()
    {
        ["000"] = new(2025, 1, 31), ["001"] = new(2025, 2, 5), ["002"] = new(2025, 2, 5),
        ["003"] = new(2025, 1, 13), ["004"] = new(2025, 1, 31),
    };

    public static IReadOnlyList<Claim> Claims(string prefix)
    {
        var file = Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single();
        var claims = new List<Claim>();
        foreach (var paragraph in File.ReadAllLines(file))
            claims.AddRange(Extractor.Extract(paragraph, Published[prefix]));
        return claims;
    }

    public static string Text(string prefix) => File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());
}
