using System.Globalization;
using Reader.DevSet;

namespace Reader.Benchmarks;

/// <summary>The benchmark's table: one row per cluster, then the dev and holdout totals and all of them.</summary>
internal static class ScoreTable
{
    public static void Print(IReadOnlyList<ClusterScore> scores, TextWriter output)
    {
        output.WriteLine("| cluster | split | claims | claim recall | value acc. | agrees recall | differs recall | mentions recall | links made | wrong | wrong % | analyse ms |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores) Row(s, output);
        foreach (var split in new[] { "dev", "holdout" })
            if (scores.Any(s => s.Split == split)) Row(ClusterScore.Sum($"**{split}**", split, scores.Where(s => s.Split == split)), output);
        if (scores.Select(s => s.Split).Distinct().Count() > 1) Row(ClusterScore.Sum("**all**", "", scores), output);
    }

    private static void Row(ClusterScore s, TextWriter output) =>
        output.WriteLine(string.Join(" | ", [
            $"| {s.Name}", s.Split, s.Labelled.ToString(CultureInfo.InvariantCulture), Share(s.ClaimRecall), Share(s.ValueAccuracy),
            $"{Share(s.AgreeRecall)} ({s.FoundAgrees}/{s.ExpectedAgrees})", $"{Share(s.DifferRecall)} ({s.FoundDiffers}/{s.ExpectedDiffers})",
            $"{Share(s.MentionRecall)} ({s.FoundMentions}/{s.ExpectedMentions})", s.Made.ToString(CultureInfo.InvariantCulture),
            s.Wrong.ToString(CultureInfo.InvariantCulture), Percent(s.WrongShare), $"{s.Analyse.TotalMilliseconds:0} |"]));

    private static string Share(double x) => double.IsNaN(x) ? "–" : x.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(double x) => double.IsNaN(x) ? "–" : (100 * x).ToString("0.0", CultureInfo.InvariantCulture);
}
