using Reader.Pipeline;

namespace Reader.Browser.Tests.Support;

/// <summary>Builds the seed edition with the repository's theme into a fresh temporary folder.</summary>
public static class SiteBuild
{
    public static string BuildSeeds()
    {
        var output = Path.Combine(Path.GetTempPath(), "reader-site-" + Guid.NewGuid().ToString("N")[..8]);
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = RepoPaths.Seeds,
            OutputDirectory = output,
            ThemeDirectory = RepoPaths.Theme,
        }).Build();
        return output;
    }
}
