using Stopwatch = System.Diagnostics.Stopwatch;
using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Benchmarks;

/// <summary>
/// Where the Analyse stage's time goes on one edition: the index, the per-claim search (matching and mentions),
/// the summary (subjects, counts, notes). Loads and parses the folder as a build does, then times each part of
/// the comparison several times and prints the medians.
/// Usage: analyse-profile [FOLDER] [--runs N]   (default: ../shared/corpora/bbc-news-flat)
/// </summary>
internal static class AnalyseProfile
{
    public static int Run(string[] args)
    {
        var folder = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--runs")).FirstOrDefault() ?? Scale.ScaleOptions.DefaultBbc;
        int runs = int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "3");
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"folder not found: {folder}"); return 1; }
        var diagnostics = new Reader.Pipeline.Diagnostics();
        var watch = Stopwatch.StartNew();
        var input = new LoadSources().Run(folder, diagnostics);
        var articles = new ParseArticles().Run(input, diagnostics);
        Console.WriteLine($"{folder}: {articles.Count} articles, {articles.Sum(a => a.Analysis.Input.Claims.Count)} claims, {articles.Sum(a => a.Analysis.Input.Sentences.Count)} sentences; load+parse {watch.Elapsed.TotalSeconds:0.00} s");
        var analyses = articles.Select(a => a.Analysis).ToList();
        var options = new CompareOptions();
        var times = new Dictionary<string, List<double>>();
        void Time(string part, Action action)
        {
            var w = Stopwatch.StartNew();
            action();
            (times.TryGetValue(part, out var list) ? list : times[part] = []).Add(w.Elapsed.TotalMilliseconds);
        }
        for (int r = 0; r < runs; r++)
        {
            EditionIndex index = null!;
            Time("index", () => index = EditionIndex.Build(analyses));
            var findings = new ClaimFindings[index.Claims.Length];
            var search = new ClaimSearch(index, options);
            Time("search (matches + mentions)", () => search.Run(findings));
            Time("  of which matches", () => Parallel.For(0, findings.Length, i => search.Matches(i)));
            var finder = new MentionFinder(index, options);
            Time("  of which mentions", () => Parallel.For(0, findings.Length, i => finder.Find(i, new HashSet<int>())));
            Time("summary (subjects, counts, notes)", () => EditionSummary.Of(index, findings, options));
            Time("whole comparison", () => new EditionComparer(options).Compare(analyses));
        }
        foreach (var (part, list) in times)
            Console.WriteLine($"  {part,-36} median {list.Order().ElementAt(list.Count / 2),8:0} ms");
        return 0;
    }
}
