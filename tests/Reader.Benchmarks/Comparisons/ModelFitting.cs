using System.Globalization;
using Reader.Claims.Comparison;
using Reader.DevSet;
using CompareOptions = Reader.Claims.Comparison.CompareOptions;

namespace Reader.Benchmarks;

/// <summary>
/// `comparisons --fit [--write]`: fits the matchers' models (boosted small trees: amounts, events, mentions) on the
/// dev split, prints how well they separate the dev and holdout examples, writes them into
/// src/Reader.Claims/Comparison/Data with --write, then sweeps the thresholds with the new models and prints the dev
/// and holdout figures for each, so the thresholds can be chosen by the targets (recall up, wrong links ≤ 3 %).
/// </summary>
internal static class ModelFitting
{
    public static void Run(IReadOnlyList<ParsedCluster> parsed, bool write, TextWriter o)
    {
        var reports = parsed.Select(p => Scorer.Score(p.Cluster, ClusterRun.Analyse(p))).ToList();
        var ceiling = new Dictionary<string, int>();
        foreach (var r in reports.Where(r => r.Cluster.Split == "dev"))
            foreach (var (k, v) in LinkCeiling.Of(r, new CompareOptions())) ceiling[k] = ceiling.GetValueOrDefault(k) + v;
        o.WriteLine("expected agree/differ links on the dev split: " + string.Join(", ", ceiling.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));

        var samples = reports.Select(r => (r.Cluster.Split, Samples: TrainingSamples.Collect(r))).ToList();
        List<TrainingSample> Pairs(string split, bool events) =>
            samples.Where(s => s.Split == split).SelectMany(s => s.Samples.Pairs).Where(p => FrameMatcher.IsTime(p.Group) == events).ToList();
        List<TrainingSample> Mentions(string split) => samples.Where(s => s.Split == split).SelectMany(s => s.Samples.Mentions).ToList();
        o.WriteLine($"dev examples: {Pairs("dev", false).Count} amount pairs ({Pairs("dev", false).Count(p => p.Positive)} same quantity), " +
                    $"{Pairs("dev", true).Count} event pairs ({Pairs("dev", true).Count(p => p.Positive)}), " +
                    $"{Mentions("dev").Count} mention candidates ({Mentions("dev").Count(p => p.Positive)})");

        // Tree settings chosen by leaving each dev cluster out in turn (log loss on the cluster left out): the holdout
        // split is never used to choose anything.
        var settings = new (int Trees, int Depth, int MinLeaf)[] { (60, 2, 20), (120, 2, 20), (60, 3, 20), (120, 3, 12), (200, 3, 20), (100, 4, 30) };
        var chosen = settings.MinBy(t =>
        {
            double loss = samples.Where(s => s.Split == "dev").Select((_, k) => k).Sum(k =>
            {
                var dev = samples.Where(s => s.Split == "dev").ToList();
                var train = dev.Where((_, i) => i != k).SelectMany(s => s.Samples.Pairs).ToList();
                var test = dev[k].Samples.Pairs;
                double sum = 0;
                foreach (var events in new[] { false, true })
                {
                    var part = train.Where(p => FrameMatcher.IsTime(p.Group) == events).ToList();
                    if (part.Count(p => p.Positive) == 0) continue;
                    var model = TreeFit.Fit(part, t.Trees, t.Depth, minLeaf: t.MinLeaf);
                    foreach (var p in test.Where(p => FrameMatcher.IsTime(p.Group) == events))
                    {
                        double q = Math.Clamp(model.Probability(p.Features), 1e-6, 1 - 1e-6);
                        sum -= p.Positive ? Math.Log(q) : Math.Log(1 - q);
                    }
                }
                return sum;
            });
            o.WriteLine($"trees {t.Trees}, depth {t.Depth}, least leaf {t.MinLeaf}: cluster-out log loss {loss:0.0}");
            return loss;
        });
        o.WriteLine($"chosen: {chosen.Trees} trees of depth {chosen.Depth}, least leaf {chosen.MinLeaf}");
        var amounts = TreeFit.Fit(Pairs("dev", false), chosen.Trees, chosen.Depth, minLeaf: chosen.MinLeaf);
        var events = TreeFit.Fit(Pairs("dev", true), chosen.Trees, chosen.Depth, minLeaf: chosen.MinLeaf);
        var mentions = TreeFit.Fit(Mentions("dev"), chosen.Trees, chosen.Depth, minLeaf: chosen.MinLeaf);
        // The figure-blind models weigh only pairs a difference could be told of.
        List<TrainingSample> Blind(string split, bool events) =>
            Pairs(split, events).Where(p => p.CanDiffer).Select(p => p with { Features = p.FrameFeatures }).ToList();
        var amountFrames = TreeFit.Fit(Blind("dev", false), chosen.Trees, chosen.Depth, minLeaf: chosen.MinLeaf);
        var eventFrames = TreeFit.Fit(Blind("dev", true), chosen.Trees, chosen.Depth, minLeaf: chosen.MinLeaf);
        var fitted = new[]
        {
            ("amounts", amounts, Pairs("dev", false), Pairs("holdout", false)),
            ("events", events, Pairs("dev", true), Pairs("holdout", true)),
            ("amount-frames", amountFrames, Blind("dev", false), Blind("holdout", false)),
            ("event-frames", eventFrames, Blind("dev", true), Blind("holdout", true)),
            ("mentions", mentions, Mentions("dev"), Mentions("holdout")),
        };
        foreach (var (name, model, dev, holdout) in fitted)
            foreach (var threshold in new[] { 0.3, 0.5, 0.7 })
                o.WriteLine($"{name,-13} p ≥ {threshold}: dev {Separation(model, dev, threshold)} · holdout {Separation(model, holdout, threshold)}");

        if (write)
        {
            var folder = Path.Combine(SharedCorpora.RepositoryRoot, "src", "Reader.Claims", "Comparison", "Data");
            foreach (var (name, model, _, _) in fitted)
            {
                var header = $"# {name}: fitted on the development set's dev split by `comparisons --fit --write` ({model.TreeCount} trees); features in {(name == "mentions" ? "MentionFinder" : "FrameMatcher")}.FeatureNames order\n";
                File.WriteAllText(Path.Combine(folder, name + ".model"), header + model.Write());
            }
            o.WriteLine($"models written to {folder}");
        }

        o.WriteLine();
        o.WriteLine("| agree ≥ | differ ≥ | mention ≥ | dev agrees | dev differs | dev mentions | dev wrong % | holdout agrees | holdout differs | holdout mentions | holdout wrong % |");
        o.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        CompareOptions With(double agree, double differ, double mention) =>
            new()
            {
                AmountModel = amounts, EventModel = events, AmountFrameModel = amountFrames, EventFrameModel = eventFrames, MentionModel = mentions,
                AgreeThreshold = agree, DifferThreshold = differ, MentionThreshold = mention,
            };
        foreach (var agree in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
            foreach (var differ in new[] { 0.5, 0.7, 0.9 })
                Sweep(parsed, o, With(agree, differ, 1.01));
        foreach (var mention in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
            Sweep(parsed, o, With(0.5, 0.8, mention));
    }

    private static string Separation(TreeModel model, List<TrainingSample> set, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in set)
        {
            bool yes = model.Probability(s.Features) >= threshold;
            if (yes && s.Positive) tp++; else if (yes) fp++; else if (s.Positive) fn++;
        }
        return $"precision {(double)tp / Math.Max(1, tp + fp):0.00} recall {(double)tp / Math.Max(1, tp + fn):0.00}";
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
}
