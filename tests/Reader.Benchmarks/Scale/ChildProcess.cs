using System.Diagnostics;
using System.Globalization;

namespace Reader.Benchmarks.Scale;

/// <summary>
/// Runs a whole build as a child process, as a user would, so start-up, GC and exit are all counted.
/// Peak memory is the kernel's VmHWM for that process (via GNU time's %M when installed, else by
/// polling /proc/&lt;pid&gt;/status), CPU is user+sys, so CPU/wall shows how busy the two cores were.
/// </summary>
internal static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static MeasuredRun Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var args = arguments.ToList();
        bool useTime = File.Exists(GnuTime);
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(useTime ? GnuTime : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (useTime)
        {
            foreach (var a in new[] { "-f", "%M %U %S", "-o", timeFile, fileName }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polledKiB = 0;
        while (!process.WaitForExit(5))
            if (!useTime) polledKiB = Math.Max(polledKiB, ReadHighWater(process.Id));
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        var output = stdout.Result + stderr.Result;

        double peakMiB = polledKiB / 1024.0, cpu = double.NaN;
        if (useTime)
        {
            var fields = File.ReadAllLines(timeFile).Last().Split(' ');
            peakMiB = long.Parse(fields[0], CultureInfo.InvariantCulture) / 1024.0;
            cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
        }
        File.Delete(timeFile);
        return new MeasuredRun(process.ExitCode == 0, wall, peakMiB, cpu, Stages(stdout.Result), output);
    }

    /// <summary>"timing parse 1.234" lines printed by `reader build --timings`.</summary>
    private static Dictionary<string, double> Stages(string stdout)
    {
        var stages = new Dictionary<string, double>();
        foreach (var line in stdout.Split('\n'))
        {
            var parts = line.Trim().Split(' ');
            if (parts.Length == 3 && parts[0] == "timing" && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var s))
                stages[parts[1]] = s;
        }
        return stages;
    }

    private static long ReadHighWater(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException) { /* the process has just exited */ }
        return 0;
    }
}
