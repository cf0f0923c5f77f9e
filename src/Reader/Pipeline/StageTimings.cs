using System.Diagnostics;

namespace Reader.Pipeline;

/// <summary>Wall time of each named stage, in the order they ran.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> entries = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Entries => entries;

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        try { return run(); }
        finally { entries.Add((stage, watch.Elapsed)); }
    }

    public TimeSpan Total => entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Elapsed);
}
