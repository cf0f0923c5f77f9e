using System.Diagnostics;

namespace Reader.Pipeline;

/// <summary>Wall time of each named stage, in the order they first ran; a stage timed twice is summed.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> entries = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Entries => entries;

    /// <summary>Runs <paramref name="run"/> and adds its wall time to <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        try { return run(); }
        finally { Record(stage, watch.Elapsed); }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });

    /// <summary>Adds time measured elsewhere; a stage recorded twice is summed.</summary>
    public void Record(string stage, TimeSpan elapsed)
    {
        int i = entries.FindIndex(e => e.Stage == stage);
        if (i >= 0) entries[i] = (stage, entries[i].Elapsed + elapsed);
        else entries.Add((stage, elapsed));
    }

    public StageTimings Copy()
    {
        var copy = new StageTimings();
        copy.entries.AddRange(entries);
        return copy;
    }

    /// <summary>What was added since <paramref name="earlier"/>, a <see cref="Copy"/> of these timings.</summary>
    public StageTimings Since(StageTimings earlier)
    {
        var since = new StageTimings();
        foreach (var (stage, elapsed) in entries)
        {
            var before = earlier.entries.Find(e => e.Stage == stage).Elapsed;
            if (elapsed > before) since.entries.Add((stage, elapsed - before));
        }
        return since;
    }

    public TimeSpan Total => entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Elapsed);
}
