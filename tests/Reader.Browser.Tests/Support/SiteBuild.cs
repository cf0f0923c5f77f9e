using Reader.Pipeline;

namespace Reader.Browser.Tests.Support;

/// <summary>
/// Builds the seed edition with the repository's theme into a fresh temporary folder — twice: first a copy whose
/// articles lack their last paragraph and differ in a figure, then the seeds, so the changes page lists changes
/// of every kind a build finds in its own output.
/// </summary>
public static class SiteBuild
{
    public static string BuildSeeds()
    {
        var output = Path.Combine(Path.GetTempPath(), "reader-site-" + Guid.NewGuid().ToString("N")[..8]);
        var earlier = Path.Combine(Path.GetTempPath(), "reader-earlier-" + Guid.NewGuid().ToString("N")[..8]);
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

    private static void Build(string input, string output)
    {
        var result = new BuildPipeline(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = RepoPaths.Theme }).Build();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
