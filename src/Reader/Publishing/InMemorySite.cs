using System.Collections.Concurrent;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>Files kept in memory as they are written, from any thread; listed in path order.</summary>
public sealed class InMemorySite : ISiteSink
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public void Write(SiteFile file) => files[file.Path] = file.Content;

    public void Write(string path, Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        files[path] = stream.ToArray();
    }

    public IReadOnlyList<SiteFile> Files =>
        files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SiteFile(f.Key, f.Value)).ToList();
}
