namespace Reader.Input;

/// <summary>
/// Articles already read, by path, with the size and modification time they were read at: a preview rebuild
/// reads again only the files that changed. A file modified in the last few seconds is always read again,
/// whatever its time says — on file systems that keep times coarsely, a save within the same tick keeps the
/// old time (the "racy" case version control systems guard against the same way).
/// </summary>
public sealed class SourceFileCache
{
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(3);
    private readonly Dictionary<string, (long Length, DateTime Written, SourceFile File)> byPath = new(StringComparer.Ordinal);

    /// <summary>The file as last read, when it cannot have changed since.</summary>
    public SourceFile? Find(string path, FileInfo info)
    {
        if (!byPath.TryGetValue(path, out var entry)) return null;
        if (entry.Length != info.Length || entry.Written != info.LastWriteTimeUtc) return null;
        return DateTime.UtcNow - info.LastWriteTimeUtc < Racy ? null : entry.File;
    }

    public void Remember(FileInfo info, SourceFile file) =>
        byPath[file.FullPath] = (info.Length, info.LastWriteTimeUtc, file);

    /// <summary>Forgets files not seen in the last load (deleted or renamed).</summary>
    public void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var path in byPath.Keys.Where(p => !paths.Contains(p)).ToList()) byPath.Remove(path);
    }
}
