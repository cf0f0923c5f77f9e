using System.Diagnostics;
using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>
/// Every generated page passes the Nu HTML Checker (vnu.jar from the npm package vnu-jar).
/// The jar is found through VNU_JAR or a known install folder; without it the test fails in CI
/// and is skipped with a message elsewhere.
/// </summary>
public sealed class NuHtmlCheckerTests
{
    [VnuFact]
    public void Every_generated_page_is_valid_html()
    {
        var jar = VnuJar.Find();
        Assert.True(jar is not null, VnuJar.InstallHint);

        // The seeds, and an edition with what the seeds lack (browse pages of every kind, a timeline).
        var site = SiteBuild.BuildSeeds();
        var dated = SiteBuild.BuildDated();
        try
        {
            var (exit, errors) = Run("java", "-jar", jar!, "--errors-only", "--skip-non-html", site, dated);
            Assert.True(exit == 0 && errors.Trim().Length == 0, "vnu reported errors:\n" + errors.Replace(site, "output").Replace(dated, "dated"));
            Assert.True(File.Exists(Path.Combine(dated, "outlets", "index.html")) && File.ReadAllText(Path.Combine(dated, "claims", "index.html")).Contains("<svg"),
                "the dated edition should have browse pages and a timeline for the checker to see");
        }
        finally
        {
            Directory.Delete(site, recursive: true);
            Directory.Delete(dated, recursive: true);
        }
    }

    private static (int Exit, string Errors) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr + stdout.Result);
    }
}
