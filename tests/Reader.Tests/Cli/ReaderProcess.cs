using System.Diagnostics;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>Runs the built reader.dll (copied beside the tests by the project reference) as a process.</summary>
public static class ReaderProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "reader.dll");

    /// <summary>Runs reader with the repository's theme (--theme).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithDefaultTheme(workingDirectory, [.. args, "--theme", RepoPaths.Theme]);

    /// <summary>Runs reader as installed: with no --theme it takes the one it finds, the current folder's or its own.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithDefaultTheme(string workingDirectory, params string[] args) =>
        Start(workingDirectory, [], args);

    /// <summary>
    /// Runs reader (with the repository's theme) as a user without privileges, so file permissions hold: as root
    /// (CI) through setpriv as nobody; otherwise as the current user, who has none to drop.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) RunUnprivileged(string workingDirectory, params string[] args) =>
        Start(workingDirectory, Environment.UserName == "root" ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [], [.. args, "--theme", RepoPaths.Theme]);

    private static (int ExitCode, string Stdout, string Stderr) Start(string workingDirectory, string[] prefix, string[] args)
    {
        var start = new ProcessStartInfo(prefix.Length > 0 ? prefix[0] : "dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var p in prefix.Skip(1)) start.ArgumentList.Add(p);
        if (prefix.Length > 0) start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException("reader did not finish"); }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
