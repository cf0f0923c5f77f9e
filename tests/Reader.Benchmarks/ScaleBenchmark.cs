using System.Diagnostics;
using System.Globalization;
using Reader.Benchmarks.Corpus;
using Reader.Benchmarks.Scale;

namespace Reader.Benchmarks;

/// <summary>
/// `scale`: whole-process builds of generated editions (default 1,000, 10,000 and 20,000 articles) and
/// the BBC set, with Reader (Release, `build --timings`) and, when `hugo` is on PATH, Hugo on the same
/// Markdown. Runs alternate Reader/Hugo after one untimed warm-up each, so drift on this shared
/// machine hits both alike; figures are medians. Corpora and outputs live under --work (default /tmp).
/// </summary>
internal static class ScaleBenchmark
{
    private static readonly string[] StageOrder = ["load", "parse", "analyse", "collect", "render", "publish"];

    public static int Run(string[] args)
    {
        var options = ScaleOptions.Parse(args);
        var repo = Preview.BenchmarkEdition.FindRepo();
        if (!BuildReader(repo)) return 1;
        var hugo = options.Hugo ? Which("hugo") : null;
        Console.WriteLine(Machine());
        Console.WriteLine($"runs per tool: {options.Runs} (after 1 warm-up); hugo: {hugo ?? "not installed"}; work: {options.WorkDirectory}");
        Console.WriteLine();

        var rows = new List<string>();
        var analyse = new Dictionary<int, double>();
        foreach (var n in options.Sizes)
        {
            var corpus = Path.Combine(options.WorkDirectory, $"corpus-{n}-seed{options.Seed}");
            EnsureCorpus(corpus, n, options.Seed, Path.Combine(repo, "seeds"));
            var (reader, hugoRuns) = Measure(repo, corpus, $"gen-{n}", options, hugo);
            rows.Add(Row($"generated {n}", n, reader, hugoRuns));
            analyse[n] = Median(reader.Select(r => r.Stages.GetValueOrDefault("analyse")));
            Console.WriteLine(rows[^1]);
        }
        if (options.Bbc is not null)
        {
            int n = Directory.EnumerateFiles(options.Bbc, "*.txt").Count(p => !Path.GetFileName(p).StartsWith("README", StringComparison.OrdinalIgnoreCase));
            var (reader, _) = Measure(repo, options.Bbc, "bbc", options, hugo: null);
            rows.Add(Row("bbc-news-flat", n, reader, []));
            Console.WriteLine(rows[^1]);
        }

        Console.WriteLine();
        Console.WriteLine(Header());
        foreach (var row in rows) Console.WriteLine(row);
        if (analyse.TryGetValue(10000, out var a10) && analyse.TryGetValue(20000, out var a20) && a10 > 0)
            Console.WriteLine(F($"analyse growth: analyse(20000) / analyse(10000) = {a20:0.000} / {a10:0.000} = {a20 / a10:0.00} (target ≤ 2.2)"));
        return 0;
    }

    private static (List<MeasuredRun> Reader, List<MeasuredRun> Hugo) Measure(string repo, string input, string name, ScaleOptions options, string? hugo)
    {
        var readerDll = Path.Combine(repo, "src", "Reader", "bin", "Release", "net10.0", "reader.dll");
        var readerOut = Path.Combine(options.WorkDirectory, $"out-reader-{name}");
        var hugoOut = Path.Combine(options.WorkDirectory, $"out-hugo-{name}");
        string[] readerArgs = [readerDll, "build", "--input", input, "--output", readerOut, "--timings"];
        string? hugoSite = hugo is null ? null : HugoSite.Create(Path.Combine(options.WorkDirectory, $"hugo-{name}"), input);
        string[] hugoArgs = ["--quiet", "--source", hugoSite ?? "", "--destination", hugoOut];

        var readerRuns = new List<MeasuredRun>();
        var hugoRuns = new List<MeasuredRun>();
        for (int run = 0; run <= options.Runs; run++)
        {
            var r = ChildProcess.Run("dotnet", readerArgs, repo);
            if (!r.Succeeded) throw new InvalidOperationException($"reader build failed on {input}:\n{Tail(r.Output)}");
            if (run > 0) readerRuns.Add(r);
            Console.Error.WriteLine(F($"  {name} reader run {run}{(run == 0 ? " (warm-up)" : "")}: {r.WallSeconds:0.00} s, {r.PeakRssMiB:0} MiB, cpu {r.CpuSeconds:0.0} s, {StagesText(r.Stages)}"));
            if (hugoSite is null) continue;
            var h = ChildProcess.Run(hugo!, hugoArgs, hugoSite);
            if (!h.Succeeded) throw new InvalidOperationException($"hugo failed on {input}:\n{Tail(h.Output)}");
            if (run > 0) hugoRuns.Add(h);
            Console.Error.WriteLine(F($"  {name} hugo   run {run}{(run == 0 ? " (warm-up)" : "")}: {h.WallSeconds:0.00} s, {h.PeakRssMiB:0} MiB, cpu {h.CpuSeconds:0.0} s"));
        }
        return (readerRuns, hugoRuns);
    }

    private static string Header() =>
        "| corpus | N | Reader wall s (min–max) | art/s | peak RSS MiB | CPU/wall | load | parse | analyse | analyse % | collect | render | publish | Hugo wall s | Hugo MiB | Reader/Hugo |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    private static string Row(string corpus, int n, List<MeasuredRun> reader, List<MeasuredRun> hugo)
    {
        double wall = Median(reader.Select(r => r.WallSeconds));
        double Stage(string s) => Median(reader.Select(r => r.Stages.GetValueOrDefault(s)));
        var stages = string.Join(" | ", StageOrder.Take(3).Select(s => F($"{Stage(s):0.000}")));
        double analyseShare = 100 * Stage("analyse") / wall;
        string hugoCells = hugo.Count == 0
            ? "– | – | –"
            : F($"{Median(hugo.Select(h => h.WallSeconds)):0.00} | {Median(hugo.Select(h => h.PeakRssMiB)):0} | {wall / Median(hugo.Select(h => h.WallSeconds)):0.00}");
        return F($"| {corpus} | {n} | {wall:0.00} ({reader.Min(r => r.WallSeconds):0.00}–{reader.Max(r => r.WallSeconds):0.00}) | {n / wall:0} | {reader.Max(r => r.PeakRssMiB):0} | {Median(reader.Select(r => r.CpuSeconds / r.WallSeconds)):0.00} | {stages} | {analyseShare:0.0}% | {Stage("collect"):0.000} | {Stage("render"):0.000} | {Stage("publish"):0.000} | {hugoCells} |");
    }

    private static void EnsureCorpus(string directory, int count, int seed, string seeds)
    {
        var done = Path.Combine(directory, ".complete");
        if (File.Exists(done)) return;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        var watch = Stopwatch.StartNew();
        CorpusGenerator.Write(directory, count, seed, seeds);
        File.WriteAllText(done, "");
        Console.Error.WriteLine(F($"generated {count} articles in {watch.Elapsed.TotalSeconds:0.0} s → {directory}"));
    }

    internal static bool BuildReader(string repo)
    {
        var start = new ProcessStartInfo("dotnet", ["build", "-c", "Release", "-nologo", "-v", "q", Path.Combine(repo, "src", "Reader", "Reader.csproj")]);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) Console.Error.WriteLine("dotnet build -c Release src/Reader failed");
        return process.ExitCode == 0;
    }

    private static string Machine()
    {
        string cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        return $"machine: {Environment.ProcessorCount} cores, {cpu}, .NET {Environment.Version}, {Environment.OSVersion}";
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static string StagesText(IReadOnlyDictionary<string, double> stages) =>
        string.Join(" ", stages.Select(s => F($"{s.Key} {s.Value:0.000}")));

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
