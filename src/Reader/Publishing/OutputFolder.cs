namespace Reader.Publishing;

/// <summary>
/// Which folders a build may replace: one that does not exist yet, an empty one, or one holding a previous
/// Reader build — recognised by the <see cref="MarkerName"/> file every build writes — and any other folder only
/// when the editor says so (--force). Pointing --output at a folder of someone's files is then a usage error
/// instead of their deletion.
/// </summary>
public static class OutputFolder
{
    public const string MarkerName = ".reader-build";

    public const string MarkerText = "This folder was written by `reader build`, which replaces the whole folder on every build.\n";

    /// <returns>Why <paramref name="output"/> may not be replaced, or null when it may.</returns>
    public static string? Refusal(string output, bool force)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full)) return "it is a file, not a folder";
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) return $"its parent {parent} is a file, not a folder";
            if (Directory.Exists(parent))
            {
                if (CannotWrite(parent) is { } why) return $"cannot write in {parent}: {why}";
                break;
            }
        }
        if (!Directory.Exists(full) || force) return null;
        if (File.Exists(Path.Combine(full, MarkerName))) return null;
        if (!Directory.EnumerateFileSystemEntries(full).Any()) return null;
        return $"the folder holds files that are not a Reader build (it has no {MarkerName} file), and a build replaces the whole folder: " +
               "choose an empty or new folder, or pass --force to replace it";
    }

    /// <summary>
    /// Why nothing can be made in <paramref name="folder"/>, found by making (and removing) an empty folder there —
    /// permission bits alone would not tell, since root ignores them and a read-only file system does not.
    /// </summary>
    private static string? CannotWrite(string folder)
    {
        var probe = Path.Combine(folder, $".reader-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
