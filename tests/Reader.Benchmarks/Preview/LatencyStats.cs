using System.Globalization;

namespace Reader.Benchmarks.Preview;

/// <summary>Median and 90th percentile (nearest rank) of a set of milliseconds.</summary>
internal sealed record LatencyStats(double Median, double P90, double Min, double Max, int Count)
{
    public static LatencyStats Of(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new LatencyStats(median, Rank(0.9), sorted[0], sorted[^1], sorted.Length);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median,6:0.0} ms · p90 {P90,6:0.0} ms · min {Min,6:0.0} · max {Max,6:0.0} (n={Count})");
}
