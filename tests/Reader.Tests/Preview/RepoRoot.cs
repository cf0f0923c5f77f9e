namespace Reader.Tests.Preview;

/// <summary>The repository root: the nearest folder above the test binaries that holds Reader.sln.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
