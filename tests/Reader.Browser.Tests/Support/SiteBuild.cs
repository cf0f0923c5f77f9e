using Reader.Pipeline;

namespace Reader.Browser.Tests.Support;

/// <summary>Builds an edition with the repository's theme into a fresh temporary folder.</summary>
public static class SiteBuild
{
    public static string BuildSeeds() => Build(RepoPaths.Seeds);

    /// <summary>Builds tests/editions/dated (browse pages of every kind, a timeline; see its README) into a fresh folder.</summary>
    public static string BuildDated() => Build(RepoPaths.DatedEdition, "https://example.org");

    private static string Build(string input, string? siteUrl = null)
    {
        var output = Path.Combine(Path.GetTempPath(), "reader-site-" + Guid.NewGuid().ToString("N")[..8]);
        var result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = RepoPaths.Theme,
            SiteUrl = siteUrl,
        }).Build();
        if (!result.Succeeded) throw new InvalidOperationException("build failed: " + string.Join("\n", result.Diagnostics));
        return output;
    }
}
