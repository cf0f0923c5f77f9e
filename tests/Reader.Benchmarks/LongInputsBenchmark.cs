using System.Diagnostics;
using System.Globalization;
using Reader.Benchmarks.LongInputs;
using Reader.Benchmarks.Scale;
using Reader.Pipeline;

namespace Reader.Benchmarks;

/// <summary>
/// `long-inputs`: how long one hostile article takes to build — issue 15's targets are a 2 MB one-line article in
/// at most 3 s and a 200 KB sentence in at most 1 s on this machine. Each case is the seed articles plus the long
/// one (so its claims are compared with others), built in process after a warm-up (the median of --runs builds:
/// the build's own time) and once as `reader build` in a child process (wall time with start-up, and peak memory).
/// Prints seconds, claims, claims.json size and the build's outcome.
/// Usage: long-inputs [--runs 3] [--work DIR]
/// </summary>
internal static class LongInputsBenchmark
{
    public static int Run(string[] args)
    {
        int runs = int.Parse(Value(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var work = Value(args, "--work") ?? Path.Combine(Path.GetTempPath(), "reader-long-inputs");
        var repo = Preview.BenchmarkEdition.FindRepo();
        if (!ScaleBenchmark.BuildReader(repo)) return 1;
        var seeds = Path.Combine(repo, "seeds");
        var theme = Path.Combine(repo, "theme");
        var readerDll = Path.Combine(repo, "src", "Reader", "bin", "Release", "net10.0", "reader.dll");

        Console.WriteLine(F($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; in-process median of {runs} after a warm-up; CLI: one child process"));
        Console.WriteLine();
        Console.WriteLine("| input | in-process s | CLI wall s | CLI peak MiB | outcome | claims | claims.json |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|");
        Build(seeds, Path.Combine(work, "warm-up"), theme); // JIT and lexicon loading out of the figures
        // The seeds alone: what every build costs, start-up included, before any long input.
        Measure("the seed articles alone (baseline)", seeds);
        foreach (var input in LongInputCases.All(seeds))
        {
            var folder = Path.Combine(work, Path.GetFileNameWithoutExtension(input.FileName));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(seeds)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(folder, input.FileName), input.Text);
            Measure(input.Name, folder);
        }

        void Measure(string name, string folder)
        {
            var output = Path.Combine(work, Path.GetFileName(folder) + "-out");
            var times = new List<double>();
            BuildResult? result = null;
            for (int r = 0; r < runs; r++)
            {
                var watch = Stopwatch.StartNew();
                result = Build(folder, output, theme);
                times.Add(watch.Elapsed.TotalSeconds);
            }
            var cli = ChildProcess.Run("dotnet", [readerDll, "build", "--input", folder, "--output", output + "-cli", "--theme", theme], repo);
            var json = Path.Combine(output, "claims.json");
            var outcome = result!.Succeeded ? "built" : "error: " + result.Diagnostics.First(d => d.Severity == Severity.Error).Message;
            Console.WriteLine(F($"| {name} | {Median(times):0.00} | {cli.WallSeconds:0.00} | {cli.PeakRssMiB:0} | {Cut(outcome)} | {result.Edition?.ClaimCount ?? 0:#,0} | {(File.Exists(json) && result.Succeeded ? new FileInfo(json).Length / 1e6 : 0):0.0} MB |"));
        }
        return 0;
    }

    private static BuildResult Build(string input, string output, string theme) =>
        new BuildPipeline(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme }).Build();

    private static string Cut(string text) => text.Length <= 70 ? text : text[..69] + "…";

    private static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
