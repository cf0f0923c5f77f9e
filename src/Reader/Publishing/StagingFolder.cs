using System.Diagnostics;
using System.Globalization;
using Reader.Platform;

namespace Reader.Publishing;

/// <summary>
/// Builds the site beside the output folder and swaps it in only when complete, so a failed build
/// leaves the previous output exactly as it was and a reader never sees half a site. On Linux the swap is one
/// step (<see cref="DirectorySwap"/>): a build killed at any moment leaves the old site or the new one at the
/// output path, never nothing. Elsewhere it is two renames, and a build killed between them leaves the old site
/// in a hidden folder, which the next build puts back. Each build removes what crashed builds left beside the
/// output: their staging folders and old sites (a folder whose process still runs is another build's, and is left alone).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string Staging = "staging";
    private const string Old = "old";

    private readonly string output;
    private readonly string parent;
    private bool committed;

    public StagingFolder(string outputDirectory)
    {
        output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        RecoverLeftovers();
        Root = Sibling(Staging);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Replaces the output folder with the staged one: one exchange where the system has it, else two renames.</summary>
    public void Commit()
    {
        if (Directory.Exists(output) && DirectorySwap.TryExchange(Root, output))
        {
            committed = true;
            TryDelete(Root); // the previous site, now at the staging folder's name
            return;
        }
        string? old = null;
        if (Directory.Exists(output))
        {
            // Hidden, like the staging folder: if it cannot be deleted, it does not sit beside output/ for all to see.
            old = Sibling(Old);
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

    /// <summary>".out.staging-4242-&lt;guid&gt;": the process id tells a crashed build's folder from a running one's.</summary>
    private string Sibling(string kind) =>
        Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(output)}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}"));

    /// <summary>
    /// Removes the staging folders and old sites of builds that are no longer running; if the output folder is
    /// missing (a build killed between the two renames), the newest old site is put back first.
    /// </summary>
    private void RecoverLeftovers()
    {
        var prefix = $".{Path.GetFileName(output)}.";
        List<(string Path, string Kind)> leftovers;
        try
        {
            leftovers = Directory.EnumerateDirectories(parent, prefix + "*")
                .Select(p => (Path: p, Kind: LeftoverKind(Path.GetFileName(p)[prefix.Length..])))
                .Where(l => l.Kind.Length > 0)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        if (!Directory.Exists(output) && leftovers.Where(l => l.Kind == Old).OrderByDescending(l => Directory.GetLastWriteTimeUtc(l.Path)).Select(l => l.Path).FirstOrDefault() is { } newest)
        {
            try { Directory.Move(newest, output); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        foreach (var (path, _) in leftovers)
            if (Directory.Exists(path)) TryDelete(path);
    }

    /// <summary>"staging" or "old" for a leftover of a build no longer running ("staging-4242-…"); "" for anything else.</summary>
    private static string LeftoverKind(string suffix)
    {
        foreach (var kind in new[] { Staging, Old })
        {
            if (!suffix.StartsWith(kind + "-", StringComparison.Ordinal)) continue;
            var parts = suffix[(kind.Length + 1)..].Split('-');
            // Before process ids were written the name was "staging-<guid>": such a build is long gone.
            if (parts.Length == 1) return parts[0].Length == 32 ? kind : "";
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) return "";
            return pid != Environment.ProcessId && IsRunning(pid) ? "" : kind;
        }
        return "";
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return false; }
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { /* a leftover hidden folder is harmless; the next build removes it */ }
        catch (UnauthorizedAccessException) { }
    }
}
