namespace Reader.Publishing;

/// <summary>
/// Builds the site beside the output folder and swaps it in only when complete, so a failed build
/// leaves the previous output exactly as it was and a reader never sees half a site.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string output;
    private bool committed;

    public StagingFolder(string outputDirectory)
    {
        output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Replaces the output folder with the staged one: two renames, the old folder removed last.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(output))
        {
            // Hidden, like the staging folder: if it cannot be deleted, it does not sit beside output/ for all to see.
            old = Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
            Directory.Move(output, old);
        }
        try
        {
            Directory.Move(Root, output);
        }
        catch
        {
            // Put the previous site back: a failed swap must not lose it.
            if (old is not null) Directory.Move(old, output);
            throw;
        }
        committed = true;
        if (old is not null) TryDelete(old);
    }

    public void Dispose()
    {
        if (!committed) TryDelete(Root);
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { /* a leftover hidden folder is harmless; the next build makes a new one */ }
        catch (UnauthorizedAccessException) { }
    }
}
