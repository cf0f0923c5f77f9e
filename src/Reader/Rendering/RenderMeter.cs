using System.Diagnostics;
using Reader.Publishing;

namespace Reader.Rendering;

/// <summary>
/// Hands rendered files to a sink and keeps the time spent making them apart from the time spent writing
/// them: in a folder build the two overlap on every core, and the build still reports render apart from publish.
/// </summary>
public sealed class RenderMeter(ISiteSink sink)
{
    private long ticks;

    /// <summary>Time spent in <see cref="Emit"/>'s makers, summed over threads.</summary>
    public TimeSpan Rendering => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));

    /// <summary>Makes files and writes them. Safe to call from several threads.</summary>
    public void Emit(Func<IEnumerable<SiteFile>> make)
    {
        long start = Stopwatch.GetTimestamp();
        var files = make().ToList();
        Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);
        foreach (var file in files) sink.Write(file);
    }
}
