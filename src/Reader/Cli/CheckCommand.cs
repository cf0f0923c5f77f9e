using System.CommandLine;

namespace Reader.Cli;

/// <summary>`reader check [DIR]`: validates a built site (links, fragments, ids, notes, page basics) and warns about verdicts it cannot apply.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The built site.", DefaultValueFactory = _ => ProjectPaths.Output };
        var baseUrl = new Option<string>("--base-url") { Description = "URL path the site was built for (a full URL: its path).", DefaultValueFactory = _ => "/" };
        var command = new Command("check", "Check a built site: every internal link and fragment resolves, no duplicate ids, every note has its backlink, every page has lang, a title and one h1; warn about edition.yml verdicts whose claims the site no longer has.")
        {
            dir, baseUrl,
        };
        command.SetAction(result => Run(result.GetValue(dir)!, result.GetValue(baseUrl)!));
        return command;
    }

    private static int Run(string dir, string baseUrl)
    {
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"error: {dir}: folder not found");
            return ExitCodes.Usage;
        }
        var findings = new Reader.Checking.SiteChecker(new Reader.Checking.CheckOptions { BaseUrl = baseUrl }).Check(dir);
        foreach (var f in findings) Console.WriteLine(f);
        // Stale verdicts are the edition's to fix, not the site's: warned, and the exit code left to the findings.
        foreach (var w in Reader.Checking.VerdictChecker.Check(dir)) Console.WriteLine(w);
        Console.WriteLine(findings.Count == 0 ? $"{dir}: no problems found" : $"{findings.Count} problems found");
        return findings.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
