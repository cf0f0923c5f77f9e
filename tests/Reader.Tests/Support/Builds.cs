using Reader.Pipeline;

namespace Reader.Tests.Support;

/// <summary>Builds an input folder with the repository's theme.</summary>
public static class Builds
{
    public static BuildResult Run(string input, string output, string baseUrl = "/") =>
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = RepoPaths.Theme,
            BaseUrl = baseUrl,
        }).Build();

    public static string Errors(BuildResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error));
}
