using Reader.Pipeline;

namespace Reader.Browser.Tests.Support;

/// <summary>Builds an edition with the repository's theme into a fresh temporary folder.</summary>
public static class SiteBuild
{
    /// <summary>
    /// Builds the seed edition twice: first a copy whose articles lack their last paragraph and differ in a figure,
    /// then the seeds, so the changes page lists changes of every kind a build finds in its own output.
    /// </summary>
    public static string BuildSeeds()
    {
        var output = NewFolder("reader-site-");
        var earlier = NewFolder("reader-earlier-");
        Directory.CreateDirectory(earlier);
        try
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds))
            {
                var text = File.ReadAllText(file);
                if (file.EndsWith(".txt", StringComparison.Ordinal))
                {
                    // The last paragraph gone (its figures are "added" next time) and one digit changed (a figure "changed").
                    var cut = text.TrimEnd().LastIndexOf('\n');
                    text = cut > 0 ? text[..cut] : text;
                    int digit = text.IndexOfAny("123456789".ToCharArray(), text.Length / 2);
                    if (digit > 0) text = text[..digit] + (char)((text[digit] - '0') % 9 + '1') + text[(digit + 1)..];
                }
                File.WriteAllText(Path.Combine(earlier, Path.GetFileName(file)), text);
            }
            Build(earlier, output);
        }
        finally
        {
            Directory.Delete(earlier, recursive: true);
        }
        Build(RepoPaths.Seeds, output);
        return output;
    }

    /// <summary>Builds tests/editions/dated (browse pages of every kind, a timeline; see its README) into a fresh folder.</summary>
    public static string BuildDated()
    {
        var output = NewFolder("reader-site-");
        Build(RepoPaths.DatedEdition, output, "https://example.org");
        return output;
    }

    private static string NewFolder(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..8]);

    private static void Build(string input, string output, string? siteUrl = null)
    {
        var result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = RepoPaths.Theme,
            SiteUrl = siteUrl,
        }).Build();
        if (!result.Succeeded) throw new InvalidOperationException("build failed: " + string.Join("\n", result.Diagnostics));
    }
}
