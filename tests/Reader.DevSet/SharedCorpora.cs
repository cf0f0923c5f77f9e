namespace Reader.DevSet;

/// <summary>
/// Where things are: the repository (the folder holding Reader.sln, found from the running binary), its label
/// files, and the shared corpora in ../shared beside it (read where they stand, never copied into the repository).
/// </summary>
public static class SharedCorpora
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpora => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora"));

    public static string LabelFolder => Path.Combine(RepositoryRoot, "tests", "Reader.DevSet", "Clusters");

    public static bool Available => Directory.Exists(Corpora);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
