namespace Reader.Tests.Support;

/// <summary>Folders of the repository, found by walking up from the test binaries to Reader.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Theme => Path.Combine(Root, "theme");
    /// <summary>tests/editions/dated: dated articles from several outlets, with a figure over time (see its README).</summary>
    public static string DatedEdition => Path.Combine(Root, "tests", "editions", "dated");
    /// <summary>The shared test material sits beside the repository (../shared); it is read there, never copied.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    public static string Basil => Path.Combine(Shared, "corpora", "basil");
    public static string Bbc => Path.Combine(Shared, "corpora", "bbc-news-flat");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
