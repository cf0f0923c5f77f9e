namespace Reader.Claims.Tests.Extraction;

/// <summary>Finds the repository root (the folder holding Reader.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Basil => Path.Combine(Shared, "corpora", "basil");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
