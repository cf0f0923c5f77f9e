namespace Reader.Preview;

/// <summary>
/// Watches the input folder and the theme folder. File events come in bursts (an editor's save is often
/// truncate + write + rename), so they are collected until the folders have been quiet for the debounce
/// interval, then handed over as one <see cref="ChangeKind"/>. Only the kind matters: the rebuild looks at
/// every file again (size and time, then text) to decide what really changed.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Lock gate = new();
    private readonly Timer timer;
    private readonly TimeSpan debounce;
    private readonly Action<ChangeKind> changed;
    private ChangeKind pending;

    public SourceWatcher(string inputDirectory, string themeDirectory, TimeSpan debounce, Action<ChangeKind> changed)
    {
        this.debounce = debounce;
        this.changed = changed;
        timer = new Timer(_ => Flush());
        Watch(inputDirectory, ChangeKind.Input);
        if (Directory.Exists(themeDirectory)) Watch(themeDirectory, ChangeKind.Theme);
    }

    private void Watch(string directory, ChangeKind kind)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // Big enough that a burst (a whole folder replaced) does not overflow; overflow still rebuilds.
            InternalBufferSize = 64 * 1024,
        };
        FileSystemEventHandler onChange = (_, e) => { if (Relevant(e.FullPath)) Note(kind); };
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, e) => { if (Relevant(e.FullPath) || Relevant(e.OldFullPath)) Note(kind); };
        watcher.Error += (_, _) => Note(kind);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Editors' swap and backup files ("~", ".swp", ".#x") never change the site.</summary>
    private static bool Relevant(string path)
    {
        var name = Path.GetFileName(path);
        return !(name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".#", StringComparison.Ordinal));
    }

    private void Note(ChangeKind kind)
    {
        lock (gate)
        {
            pending |= kind;
            timer.Change(debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        ChangeKind kind;
        lock (gate)
        {
            kind = pending;
            pending = ChangeKind.None;
        }
        if (kind != ChangeKind.None) changed(kind);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
