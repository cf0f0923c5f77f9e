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

    /// <summary>Adds time measured elsewhere; a stage recorded twice is summed.</summary>
    public void Record(string stage, TimeSpan elapsed)
    {
        int i = entries.FindIndex(e => e.Stage == stage);
        if (i >= 0) entries[i] = (stage, entries[i].Elapsed + elapsed);
        else entries.Add((stage, elapsed));
    }

    public TimeSpan Total => entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Elapsed);
}
