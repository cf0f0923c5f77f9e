namespace Reader.Tests.Cli;

/// <summary>What a user reads on the terminal: one line per finding, never a stack trace.</summary>
public static class CliOutput
{
    public static void HasNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);
        Assert.DoesNotContain("Unhandled", output);
    }

    /// <summary>The one "file[:line]: error: …" line of a failed build (the summary line after it), no stack trace.</summary>
    public static string SingleErrorLine(string stderr)
    {
        HasNoStackTrace(stderr);
        var lines = Lines(stderr);
        Assert.StartsWith("build failed: 1 errors", lines[^1]);
        return Assert.Single(lines, l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    /// <summary>The one "error: …" line of a usage error (exit 2).</summary>
    public static string UsageLine(string stderr)
    {
        HasNoStackTrace(stderr);
        return Assert.Single(Lines(stderr), l => l.StartsWith("error: ", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Warnings(string stderr)
    {
        HasNoStackTrace(stderr);
        return Lines(stderr).Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
