using System.Collections.Concurrent;
using System.Diagnostics;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Writes site files into a folder as they are produced, from any thread, so a large edition never holds
/// every rendered page in memory at once and disk writes overlap rendering. Keeps the time spent writing
/// (summed over threads), so the build can still report publish apart from render.
/// </summary>
/// <param name="root">The folder written into.</param>
/// <param name="output">The output folder it stands for, named when a write fails.</param>
public sealed class SiteWriter(string root, string output) : ISiteSink
{
    private readonly ConcurrentDictionary<string, bool> created = new(StringComparer.Ordinal);
    private long writeTicks;

    /// <summary>Time spent in writes, summed over all threads.</summary>
    public TimeSpan WriteTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref writeTicks));

    public void Write(SiteFile file)
    {
        long start = Stopwatch.GetTimestamp();
        Guarded(() => File.WriteAllBytes(PathOf(file.Path), file.Content));
        Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - start);
    }

    /// <summary>A file written by <paramref name="write"/> straight to disk (claims.json: no in-memory copy).</summary>
    public void Write(string relativePath, Action<Stream> write)
    {
        long start = Stopwatch.GetTimestamp();
        Guarded(() =>
        {
            using var stream = new FileStream(PathOf(relativePath), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            write(stream);
        });
        Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - start);
    }

    /// <summary>A failed write is the output folder's failure, named as such (not the input's, nor a bare system message).</summary>
    private void Guarded(Action write)
    {
        try { write(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new OutputException(output, e.Message, e); }
    }

    private string PathOf(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        var dir = Path.GetDirectoryName(path)!;
        if (created.TryAdd(dir, true)) Directory.CreateDirectory(dir);
        return path;
    }
}
