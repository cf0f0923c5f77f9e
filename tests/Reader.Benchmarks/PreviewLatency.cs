using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reader.Benchmarks.Preview;
using Reader.Pipeline;
using Reader.Preview;

namespace Reader.Benchmarks;

/// <summary>
/// `preview [--articles N] [--edits N] [--seed N]`: edit-to-reload latency of `reader preview`. For the
/// seeds and for a generated edition of N articles, starts the preview in process on a free port, then
/// rewrites one article's first figure ~20 times and times each edit from just before the file write
/// to the moment an in-process SSE client receives the reload event that carries the change.
/// </summary>
internal static class PreviewLatency
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);
    private const int WarmUpEdits = 3;

    public static int Run(string[] args)
    {
        int articles = Option(args, "--articles", 1000);
        int edits = Option(args, "--edits", 20);
        int seed = Option(args, "--seed", 42);
        var repo = BenchmarkEdition.FindRepo();
        Console.WriteLine($"preview latency: {edits} one-article edits per edition after {WarmUpEdits} warm-up edits; debounce {PreviewOptions.DefaultDebounce.TotalMilliseconds:0} ms");
        using (var edition = BenchmarkEdition.Seeds(repo)) Measure(edition, edits).GetAwaiter().GetResult();
        using (var edition = BenchmarkEdition.Generated(repo, articles, seed)) Measure(edition, edits).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task Measure(BenchmarkEdition edition, int edits)
    {
        Console.WriteLine();
        Console.WriteLine($"== {edition.Label}");
        var full = Stopwatch.StartNew();
        new BuildPipeline(edition.Options).Render();
        var cold = full.Elapsed;
        full.Restart();
        var reference = new BuildPipeline(edition.Options).Render();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full in-memory build (BuildPipeline.Render): cold {cold.TotalMilliseconds:0} ms, warm {full.Elapsed.TotalMilliseconds:0} ms, {reference.Files.Count} files"));

        var rebuilds = new List<RebuildOutcome>();
        var settled = new SemaphoreSlim(0);
        await using var server = new PreviewServer(new PreviewOptions { Build = edition.Options, Port = 0 }, TextWriter.Null);
        server.Rebuilt += outcome =>
        {
            lock (rebuilds) rebuilds.Add(outcome);
            // The second phase (edition-wide pages) ends a rebuild: the next edit should not queue behind it.
            if (outcome.Phase == RebuildPhase.Deferred || (outcome.Phase == RebuildPhase.Pages && !outcome.Succeeded)) settled.Release();
        };
        var started = Stopwatch.StartNew();
        await server.StartAsync();
        Console.WriteLine($"preview start (initial build + listen): {started.Elapsed.TotalMilliseconds:0} ms");
        await using var client = await ReloadStreamClient.Connect(new Uri(server.Address!, LiveReloadScript.EventsPath));

        var files = edition.ArticleFiles;
        var latencies = new List<double>();
        var serverSide = new List<double>();
        var rendered = new List<int>();
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        while (settled.CurrentCount > 0) await settled.WaitAsync();
        for (int round = 0; round < WarmUpEdits + edits; round++)
        {
            // Spread the edits over the edition, so no single article's position flatters the figures.
            var file = files[(round * 37) % files.Count];
            var (text, figure) = FigureEdit.Apply(File.ReadAllText(file), round);
            lock (rebuilds) rebuilds.Clear();
            while (settled.CurrentCount > 0) await settled.WaitAsync();
            client.Drain();

            long before = Stopwatch.GetTimestamp();
            File.WriteAllText(file, text);
            var reload = await NextShowing(client, server, figure);
            double ms = Stopwatch.GetElapsedTime(before, reload.ArrivedAt).TotalMilliseconds;

            await settled.WaitAsync(EventTimeout);
            if (round >= WarmUpEdits)
            {
                latencies.Add(ms);
                lock (rebuilds)
                {
                    // The first phase (re-parse, analyse, article pages) is what the reload waited for.
                    if (rebuilds.FirstOrDefault(r => r.Succeeded && r.Phase == RebuildPhase.Pages && r.ArticlesParsed > 0) is { } applied)
                    {
                        serverSide.Add(applied.Elapsed.TotalMilliseconds);
                        rendered.Add(applied.PagesRendered);
                    }
                    foreach (var (stage, elapsed) in rebuilds.Where(r => r.Succeeded).SelectMany(r => r.Timings.Entries))
                        (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(elapsed.TotalMilliseconds);
                }
            }
            // Editors do not save twenty times a second: let trailing file events settle before the next edit.
            await Task.Delay(150);
        }

        Console.WriteLine($"edit → reload event : {LatencyStats.Of(latencies)}");
        if (serverSide.Count > 0)
            Console.WriteLine($"  of which rebuild (first phase): {LatencyStats.Of(serverSide)}; article pages re-rendered per edit: median {Median(rendered)} (of {files.Count})");
        Console.WriteLine("  stages (median ms; sources, claims and data run after the reload event): " + string.Join(" · ", stages.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Key} {LatencyStats.Of(s.Value).Median:0.0}"))));
    }

    /// <summary>The first reload event after which a page it names shows the new figure (a half-written file may cause an earlier one).</summary>
    private static async Task<StampedReload> NextShowing(ReloadStreamClient client, PreviewServer server, string figure)
    {
        var needle = Encoding.UTF8.GetBytes(figure);
        while (true)
        {
            var reload = await client.Next(EventTimeout);
            var site = server.State.Site;
            if (site is not null && reload.Paths.Any(p => p.StartsWith("articles/", StringComparison.Ordinal) && site.Find(p) is { } page && page.AsSpan().IndexOf(needle) >= 0))
                return reload;
        }
    }

    private static int Median(List<int> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
