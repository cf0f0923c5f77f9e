using Reader.Pipeline;

namespace Reader.Tests.Preview;

/// <summary>
/// A private copy of the repository's seeds/ and theme/ in a temporary folder, so tests can edit
/// articles and templates without touching the real ones. Deleted on dispose.
/// </summary>
internal sealed class TempEdition : IDisposable
{
    public TempEdition()
    {
        Root = Directory.CreateTempSubdirectory("reader-preview-").FullName;
        var repo = RepoRoot.Find();
        Copy(Path.Combine(repo, "seeds"), Input);
        Copy(Path.Combine(repo, "theme"), Theme);
    }

    public string Root { get; }
    public string Input => Path.Combine(Root, "seeds");
    public string Theme => Path.Combine(Root, "theme");
    public string Output => Path.Combine(Root, "output");

    public BuildOptions Options => new()
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        ThemeDirectory = Theme,
    };

    /// <summary>The article files, in name order.</summary>
    public IReadOnlyList<string> Articles =>
        Directory.EnumerateFiles(Input).Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Replaces a file the way careful editors do (write aside, then rename), so a watcher never sees it half-written.</summary>
    public static void Replace(string path, string text)
    {
        // A leading "." keeps the temporary file out of the edition while it exists.
        var aside = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(aside, text);
        File.Move(aside, path, overwrite: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
