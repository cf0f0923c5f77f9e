namespace Reader.Cli;

/// <summary>Default folders: seeds/, output/ and theme/ of the current folder, or of the nearest parent that has them.</summary>
public static class ProjectPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (var d = dir; d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "theme", "layouts"))) return d.FullName;
        return dir.FullName;
    }

    public static string Seeds => Path.Combine(Root(), "seeds");
    public static string Output => Path.Combine(Root(), "output");

    /// <summary>The project's theme, or the copy shipped beside the program.</summary>
    public static string Theme
    {
        get
        {
            var local = Path.Combine(Root(), "theme");
            return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "theme");
        }
    }
}
