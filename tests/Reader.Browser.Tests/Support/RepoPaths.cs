namespace Reader.Browser.Tests.Support;

/// <summary>Finds the repository by walking up to Reader.sln, so tests run from any bin folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Assets => Path.Combine(Theme, "assets");
    /// <summary>tests/editions/dated: what the seeds lack (dated articles from several outlets, a timeline).</summary>
    public static string DatedEdition => Path.Combine(Root, "tests", "editions", "dated");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
