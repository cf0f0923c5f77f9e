using System.Globalization;
using CompareOptions = Reader.Claims.Comparison.CompareOptions;
using Reader.Claims.Comparison;
using Reader.DevSet;

namespace Reader.Benchmarks;

/// <summary>
/// `comparisons --fit`: fits the pair matcher's and the mention finder's weights on the dev split, prints them as
/// C# arrays to paste into FrameMatcher and MentionFinder, then sweeps the thresholds with those weights and prints
/// dev and holdout figures for each, so the thresholds can be chosen by the targets (recall up, wrong links ≤ 3 %).
/// </summary>
internal static class ModelFitting
{
    public static void Run(IReadOnlyList<ParsedCluster> parsed, TextWriter o)
    {
        var reports = parsed.Select(p => Scorer.Score(p.Cluster, ClusterRun.Analyse(p))).ToList();
        var pairs = new List<TrainingSample>();
        var mentions = new List<TrainingSample>();
        int vetoed = 0;
        foreach (var r in reports.Where(r => r.Cluster.Split == "dev"))
        {
            var (p, m, v) = TrainingSamples.Collect(r);
            pairs.AddRange(p);
            mentions.AddRange(m);
            vetoed += v;
        }
        var ceiling = new Dictionary<string, int>();
        foreach (var r in reports.Where(r => r.Cluster.Split == "dev"))
            foreach (var (k, v) in LinkCeiling.Of(r, new CompareOptions())) ceiling[k] = ceiling.GetValueOrDefault(k) + v;
        o.WriteLine("expected agree/differ links on the dev split: " + string.Join(", ", ceiling.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        o.WriteLine($"dev pairs: {pairs.Count} ({pairs.Count(s => s.Positive)} same quantity; {vetoed} same-quantity pairs vetoed); mention candidates: {mentions.Count} ({mentions.Count(s => s.Positive)} positive)");
        o.WriteLine("| group | pairs | same quantity | same value pairs | of which same quantity | compatible pairs | of which same quantity |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        int sameValue = Array.IndexOf(FrameMatcher.FeatureNames, "same value"), compatible = Array.IndexOf(FrameMatcher.FeatureNames, "compatible");
        foreach (var g in pairs.GroupBy(p => p.Group).OrderBy(g => g.Key))
            o.WriteLine($"| {g.Key} | {g.Count()} | {g.Count(p => p.Positive)} | {g.Count(p => p.Features[sameValue] > 0)} | {g.Count(p => p.Positive && p.Features[sameValue] > 0)} | {g.Count(p => p.Features[compatible] > 0)} | {g.Count(p => p.Positive && p.Features[compatible] > 0)} |");
        foreach (var time in new[] { false, true })
        {
            var set = pairs.Where(p => FrameMatcher.IsTime(p.Group) == time).ToList();
            o.WriteLine($"feature shares ({(time ? "events" : "amounts")}): feature | positives | negatives");
            for (int f = 1; f < FrameMatcher.FeatureNames.Length; f++)
            {
                double Share(IEnumerable<TrainingSample> xs) => xs.Any() ? xs.Average(x => x.Features[f] > 0.2 ? 1.0 : 0.0) : 0;
                o.WriteLine($"  {FrameMatcher.FeatureNames[f],-22} {Share(set.Where(x => x.Positive)):0.00} {Share(set.Where(x => !x.Positive)):0.00}");
            }
        }
        var pairWeights = LogisticFit.Fit(pairs.Where(p => !FrameMatcher.IsTime(p.Group)).ToList());
        var timeWeights = LogisticFit.Fit(pairs.Where(p => FrameMatcher.IsTime(p.Group)).ToList());
        var mentionWeights = LogisticFit.Fit(mentions);
        foreach (var threshold in new[] { 0.3, 0.5, 0.7 })
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var p in pairs)
            {
                var w = FrameMatcher.IsTime(p.Group) ? timeWeights : pairWeights;
                bool yes = Reader.Claims.Comparison.LogisticModel.Probability(w, p.Features) >= threshold;
                if (yes && p.Positive) tp++; else if (yes) fp++; else if (p.Positive) fn++;
            }
            o.WriteLine($"pairs at p ≥ {threshold}: precision {(double)tp / Math.Max(1, tp + fp):0.00}, recall {(double)tp / Math.Max(1, tp + fn):0.00} ({tp} right, {fp} wrong, {fn} missed)");
        }
        if (Environment.GetEnvironmentVariable("READER_FIT_SAMPLES") is { } show)
            foreach (var p in pairs.Where(p => p.Positive == (show == "missed")).Select(p => (p, P: Reader.Claims.Comparison.LogisticModel.Probability(FrameMatcher.IsTime(p.Group) ? timeWeights : pairWeights, p.Features)))
                         .Where(x => show == "missed" ? x.P < 0.5 : x.P >= 0.5).OrderBy(x => x.p.Group).Take(80))
                o.WriteLine($"  {p.p.Group} p={p.P:0.00}\n      {p.p.Description}");
        Print(o, "FrameMatcher", FrameMatcher.FeatureNames, pairWeights);
        Print(o, "FrameMatcher (time)", FrameMatcher.FeatureNames, timeWeights);
        Print(o, "MentionFinder", MentionFinder.FeatureNames, mentionWeights);

        o.WriteLine();
        o.WriteLine("| agree ≥ | differ ≥ | mention ≥ | dev agrees | dev differs | dev mentions | dev wrong % | holdout agrees | holdout differs | holdout mentions | holdout wrong % |");
        o.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var agree in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 })
            foreach (var differ in new[] { 0.5, 0.7, 0.8, 0.9 })
                Sweep(parsed, o, new CompareOptions { MatcherWeights = pairWeights, TimeMatcherWeights = timeWeights, MentionWeights = mentionWeights, AgreeThreshold = agree, DifferThreshold = differ, MentionThreshold = 1.01 });
        foreach (var mention in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
            Sweep(parsed, o, new CompareOptions { MatcherWeights = pairWeights, TimeMatcherWeights = timeWeights, MentionWeights = mentionWeights, AgreeThreshold = 0.5, DifferThreshold = 0.8, MentionThreshold = mention });
    }

    private static void Sweep(IReadOnlyList<ParsedCluster> parsed, TextWriter o, CompareOptions options)
    {
        var scores = parsed.Select(p => Scorer.Score(p.Cluster, ClusterRun.Analyse(p, options)).Score).ToList();
        var dev = ClusterScore.Sum("dev", "dev", scores.Where(s => s.Split == "dev"));
        var holdout = ClusterScore.Sum("holdout", "holdout", scores.Where(s => s.Split == "holdout"));
        string F(double x) => double.IsNaN(x) ? "–" : x.ToString("0.00", CultureInfo.InvariantCulture);
        string P(double x) => double.IsNaN(x) ? "–" : (100 * x).ToString("0.0", CultureInfo.InvariantCulture);
        o.WriteLine($"| {F(options.AgreeThreshold)} | {F(options.DifferThreshold)} | {F(options.MentionThreshold)} | {F(dev.AgreeRecall)} | {F(dev.DifferRecall)} | {F(dev.MentionRecall)} | {P(dev.WrongShare)} | {F(holdout.AgreeRecall)} | {F(holdout.DifferRecall)} | {F(holdout.MentionRecall)} | {P(holdout.WrongShare)} |");
    }

    private static void Print(TextWriter o, string owner, string[] names, double[] weights)
    {
        o.WriteLine();
        o.WriteLine($"{owner}.Weights (fitted on the dev split):");
        for (int i = 0; i < names.Length; i++) o.WriteLine($"  {names[i],-22} {weights[i].ToString("0.000", CultureInfo.InvariantCulture),8}");
        o.WriteLine("  [" + string.Join(", ", weights.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture))) + "]");
    }
}
