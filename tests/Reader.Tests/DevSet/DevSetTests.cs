using Reader.DevSet;
using Reader.Tests.Support;

namespace Reader.Tests.DevSet;

/// <summary>
/// The labelled development set (tests/Reader.DevSet/Clusters): every label file reads without a problem, and the
/// engine keeps the figures it reached on it (README, "Comparisons") — floors a little under the measured figures,
/// so a change that loses links or makes wrong ones fails here before it reaches a reader. The benchmark
/// `comparisons` prints the figures themselves.
/// </summary>
public class DevSetTests
{
    private static readonly Lazy<List<ClusterReport>> Reports = new(() =>
        DevSetReader.LabelFiles(SharedCorpora.LabelFolder)
            .Select(f => DevSetReader.Read(f, SharedCorpora.Corpora).Cluster!)
            .Select(c => Scorer.Score(c, ClusterRun.Build(c)))
            .ToList());

    [CorporaFact]
    public void Every_label_file_reads_without_a_problem()
    {
        var files = DevSetReader.LabelFiles(SharedCorpora.LabelFolder);
        Assert.True(files.Count >= 14, $"expected at least 14 labelled clusters, found {files.Count}");
        var problems = files.SelectMany(f => DevSetReader.Read(f, SharedCorpora.Corpora).Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [CorporaFact]
    public void The_dev_split_keeps_its_figures()
    {
        var dev = ClusterScore.Sum("dev", "dev", Reports.Value.Where(r => r.Cluster.Split == "dev").Select(r => r.Score));
        Assert.True(dev.ClaimRecall >= DevSetFloors.ClaimRecall, $"claim recall {dev.ClaimRecall:0.00}");
        Assert.True(dev.ValueAccuracy >= DevSetFloors.ValueAccuracy, $"value accuracy {dev.ValueAccuracy:0.00}");
        Assert.True(dev.AgreeRecall >= DevSetFloors.AgreeRecall, $"agree recall {dev.AgreeRecall:0.00}");
        Assert.True(dev.DifferRecall >= DevSetFloors.DifferRecall, $"differ recall {dev.DifferRecall:0.00}");
        Assert.True(dev.MentionRecall >= DevSetFloors.MentionRecall, $"mention recall {dev.MentionRecall:0.00}");
        Assert.True(dev.WrongShare <= DevSetFloors.WrongShare, $"wrong links {100 * dev.WrongShare:0.0} %");
    }

    [CorporaFact]
    public void The_holdout_split_makes_no_more_wrong_links_than_the_dev_floor_allows()
    {
        var holdout = ClusterScore.Sum("holdout", "holdout", Reports.Value.Where(r => r.Cluster.Split == "holdout").Select(r => r.Score));
        Assert.True(holdout.WrongShare <= DevSetFloors.HoldoutWrongShare, $"holdout wrong links {100 * holdout.WrongShare:0.0} %");
        Assert.True(holdout.AgreeRecall >= DevSetFloors.HoldoutAgreeRecall, $"holdout agree recall {holdout.AgreeRecall:0.00}");
    }
}
