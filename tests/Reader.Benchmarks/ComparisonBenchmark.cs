using System.Globalization;
using Reader.DevSet;

namespace Reader.Benchmarks;

/// <summary>
/// Scores the comparison engine on the labelled development set (tests/Reader.DevSet/Clusters, texts read from
/// ../shared/corpora): per cluster and per split, claim recall, value accuracy, link recall for agrees, differs
/// and mentions, and the share of note entries that are wrong. A benchmark: it prints figures, it does not judge.
/// Usage: comparisons [--check] [--cluster NAME] [--split dev|holdout] [--errors] [--fit [--write]] (with --fit, --errors lists the pairs of one quantity a veto keeps apart)
///   --check   only read and check the label files
///   --fit     fit the matchers' models on the dev split and sweep their thresholds; --write stores the models (see ModelFitting)
///   --errors  after the table, every missed claim, wrong value, missed link and wrong link, with its words
/// </summary>
internal static class ComparisonBenchmark
{
    public static int Run(string[] args)
    {
        bool check = args.Contains("--check"), errors = args.Contains("--errors"), fit = args.Contains("--fit");
        string? only = Option(args, "--cluster"), split = Option(args, "--split");
        if (!SharedCorpora.Available)
        {
            Console.Error.WriteLine($"the shared corpora are not at {SharedCorpora.Corpora}: the development set's texts are read from there");
            return 1;
        }
        var clusters = new List<LabelledCluster>();
        int problems = 0;
        foreach (var path in DevSetReader.LabelFiles(SharedCorpora.LabelFolder))
        {
            if (only is not null && Path.GetFileNameWithoutExtension(path) != only) continue;
            var (cluster, found) = DevSetReader.Read(path, SharedCorpora.Corpora);
            foreach (var p in found) Console.Error.WriteLine(p);
            problems += found.Count;
            if (cluster is not null && (split is null || cluster.Split == split)) clusters.Add(cluster);
        }
        if (check)
        {
            Console.WriteLine(problems == 0 ? $"{clusters.Count} label files, no problems" : $"{problems} problems");
            return problems == 0 ? 0 : 1;
        }
        if (problems > 0) return 1;

        var parsed = clusters.Select(ClusterRun.Parse).ToList();
        if (fit)
        {
            ModelFitting.Run(parsed, args.Contains("--write"), args.Contains("--errors"), Console.Out);
            return 0;
        }
        var reports = parsed.Select(p => Scorer.Score(p.Cluster, ClusterRun.Analyse(p))).ToList();
        ScoreTable.Print(reports.Select(r => r.Score).ToList(), Console.Out);
        if (errors) foreach (var r in reports) ErrorListing.Print(r, Console.Out);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
