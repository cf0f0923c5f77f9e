using System.Collections.Concurrent;
using System.Diagnostics;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Writes site files into a folder as they are produced, from any thread, so a large edition never holds
/// every rendered page in memory at once and disk writes overlap rendering. Keeps the time spent writing
/// (summed over threads), so the build can still report publish apart from render.
/// </summary>
public sealed class SiteWriter(string root) : ISiteSink
{
    private readonly ConcurrentDictionary<string, bool> created = new(StringComparer.Ordinal);
    private long writeTicks;

    /// <summary>Time spent in writes, summed over all threads.</summary>
    public TimeSpan WriteTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref writeTicks));

    public void Write(SiteFile file)
    {
        long start = Stopwatch.GetTimestamp();
        File.WriteAllBytes(PathOf(file.Path), file.Content);
        Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - start);
    }

    /// <summary>A file written by <paramref name="write"/> straight to disk (claims.json: no in-memory copy).</summary>
    public void Write(string relativePath, Action<Stream> write)
    {
        long start = Stopwatch.GetTimestamp();
        using (var stream = new FileStream(PathOf(relativePath), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            write(stream);
        Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - start);
    }

    private string PathOf(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        var dir = Path.GetDirectoryName(path)!;
        if (created.TryAdd(dir, true)) Directory.CreateDirectory(dir);
        return path;
    }
}
