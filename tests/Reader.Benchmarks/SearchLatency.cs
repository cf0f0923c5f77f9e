using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Reader.Benchmarks.Corpus;
using Reader.Benchmarks.Search;
using Reader.Pipeline;

namespace Reader.Benchmarks;

/// <summary>
/// `search`: time to first result of the search box in Chromium (/usr/bin/chromium, headless) with the CPU
/// throttled 4× through the DevTools protocol, as a slow phone would run it. Builds an edition (default: a
/// generated one of 10,000 articles; --input DIR for any folder, e.g. ../shared/corpora/bbc-news-flat), serves
/// it on loopback, and for each query focuses the box of a fresh page (which fetches the 3 KB manifest, as a
/// reader's click does), then enters the query (cold: its shards are fetched) and enters it again (warm),
/// timing from the input event to the first option in the list. The browser cache is off.
/// Also prints the index's shard sizes and what each cold query fetched.
/// Usage: search [--input DIR] [--articles 10000] [--queries 12] [--throttle 4] [--site DIR (reuse a build)]
/// </summary>
internal static class SearchLatency
{
    private const string TimeFirstResult = @"async q => {
        const input = document.querySelector('#search-q'), list = document.querySelector('#search-list');
        list.textContent = '';
        const seen = new Promise(resolve => new MutationObserver((_, o) => {
            if (list.querySelector('[role=option]')) { o.disconnect(); resolve(); }
        }).observe(list, { childList: true }));
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        await Promise.race([seen, new Promise(r => setTimeout(r, 10000))]);
        return list.querySelector('[role=option]') ? performance.now() - t0 : -1;
    }";

    public static async Task<int> Run(string[] args)
    {
        string? input = Value(args, "--input"), reuse = Value(args, "--site");
        int articles = int.Parse(Value(args, "--articles") ?? "10000", CultureInfo.InvariantCulture);
        int queryCount = int.Parse(Value(args, "--queries") ?? "12", CultureInfo.InvariantCulture);
        double throttle = double.Parse(Value(args, "--throttle") ?? "4", CultureInfo.InvariantCulture);
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) { Console.Error.WriteLine("Chromium not found: apt-get install -y chromium"); return 1; }

        var repo = Preview.BenchmarkEdition.FindRepo();
        var site = reuse ?? Build(repo, input, articles);
        PrintShards(site);

        await using var server = await Reader.Browser.Tests.Support.StaticSiteServer.StartAsync(site);
        var origin = server.Origin;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });

        var queries = SearchQueries.From(site, queryCount);
        Console.WriteLine($"Chromium {browser.Version}, CPU throttled {throttle}× (DevTools Emulation.setCPUThrottlingRate), loopback server");
        Console.WriteLine("time to first result, ms: pasted = the whole query into a fresh page (its shards fetched then), again = the same page once more,");
        Console.WriteLine("typed = a fresh page, a key every 150 ms, timed from the last key; fetched/KB = what the pasted query loaded");
        Console.WriteLine($"{"query",-40} {"pasted",8} {"again",8} {"typed",8} {"fetched",9} {"KB",8}");
        var cold = new List<double>();
        var warm = new List<double>();
        var typedTimes = new List<double>();
        foreach (var query in queries)
        {
            IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            ICDPSession cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
            await page.GotoAsync(origin + "/");
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = throttle });
            // A reader clicks into the box before typing: the script fetches the index's manifest then.
            await page.FocusAsync("#search-q");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            double first = await page.EvaluateAsync<double>(TimeFirstResult, query);
            var fetched = await page.EvaluateAsync<double[]>(@"() => { const r = performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'));
                return [r.length, r.reduce((a, e) => a + e.transferSize, 0) / 1024]; }");
            double again = await page.EvaluateAsync<double>(TimeFirstResult, query);
            await page.CloseAsync();
            // Typed: a fresh page again, the query entered a key at a time 150 ms apart (the shards of its first
            // letters load meanwhile), timed from the last key.
            page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
            await page.GotoAsync(origin + "/");
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = throttle });
            await page.FocusAsync("#search-q");
            for (int k = 1; k < query.Length; k++)
            {
                await page.EvaluateAsync("v => { const i = document.querySelector('#search-q'); i.value = v; i.dispatchEvent(new Event('input')); }", query[..k]);
                await page.WaitForTimeoutAsync(150);
            }
            double typed = await page.EvaluateAsync<double>(TimeFirstResult, query);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Trim(query),-40} {Ms(first),8} {Ms(again),8} {Ms(typed),8} {fetched[0],9:0} {fetched[1],8:0.0}"));
            if (first >= 0) cold.Add(first);
            if (again >= 0) warm.Add(again);
            if (typed >= 0) typedTimes.Add(typed);
            await page.CloseAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: pasted {Median(cold):0} ms, again {Median(warm):0} ms, typed {Median(typedTimes):0} ms; worst pasted {(cold.Count > 0 ? cold.Max() : 0):0} ms, typed {(typedTimes.Count > 0 ? typedTimes.Max() : 0):0} ms; {queries.Count - cold.Count} queries without a result"));
        return 0;
    }

    private static string Build(string repo, string? input, int articles)
    {
        var work = Path.Combine(Path.GetTempPath(), "reader-search-bench");
        if (input is null)
        {
            input = Path.Combine(work, $"corpus-{articles}");
            if (!File.Exists(Path.Combine(input, ".complete")))
            {
                if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
                CorpusGenerator.Write(input, articles, 1, Path.Combine(repo, "seeds"));
                File.WriteAllText(Path.Combine(input, ".complete"), "");
            }
        }
        var output = Path.Combine(work, "site-" + Path.GetFileName(Path.TrimEndingDirectorySeparator(input)));
        var clock = Stopwatch.StartNew();
        var result = new BuildPipeline(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = Path.Combine(repo, "theme") }).Build();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {result.Edition!.Articles.Count:N0} articles in {clock.Elapsed.TotalSeconds:0.0} s → {output}"));
        return output;
    }

    private static void PrintShards(string site)
    {
        foreach (var (name, folder) in new[] { ("term shards", "t"), ("document shards", "d") })
        {
            var sizes = Directory.EnumerateFiles(Path.Combine(site, "search", folder), "*.json").Select(f => new FileInfo(f).Length).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {sizes.Count:N0} files, {sizes.Sum() / 1024.0 / 1024:0.0} MB, median {sizes[sizes.Count / 2] / 1024.0:0.0} KB, largest {sizes[^1] / 1024.0:0.0} KB"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index.json: {new FileInfo(Path.Combine(site, "search", "index.json")).Length / 1024.0:0.0} KB"));
    }

    private static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Trim(string query) => query.Length <= 38 ? query : query[..37] + "…";
    private static string Ms(double ms) => ms < 0 ? "none" : ms.ToString("0", CultureInfo.InvariantCulture);
    private static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);
}
