using Reader.Benchmarks.Corpus;
using Reader.Pipeline;

namespace Reader.Benchmarks.Preview;

/// <summary>A throwaway edition in a temporary folder: a copy of the seeds, or a generated corpus; always with a copy of the theme.</summary>
internal sealed class BenchmarkEdition : IDisposable
{
    private BenchmarkEdition(string root, string label)
    {
        Root = root;
        Label = label;
    }

    public string Root { get; }
    public string Label { get; }
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");

    public BuildOptions Options => new()
    {
        InputDirectory = Input,
        OutputDirectory = Path.Combine(Root, "output"),
        ThemeDirectory = Theme,
    };

    public static BenchmarkEdition Seeds(string repo)
    {
        var edition = new BenchmarkEdition(Directory.CreateTempSubdirectory("reader-latency-").FullName, "seeds");
        Copy(Path.Combine(repo, "seeds"), edition.Input);
        Copy(Path.Combine(repo, "theme"), edition.Theme);
        return edition;
    }

    public static BenchmarkEdition Generated(string repo, int articles, int seed)
    {
        var edition = new BenchmarkEdition(Directory.CreateTempSubdirectory("reader-latency-").FullName, $"generated, {articles:N0} articles");
        CorpusGenerator.Write(edition.Input, articles, seed, Path.Combine(repo, "seeds"));
        Copy(Path.Combine(repo, "theme"), edition.Theme);
        return edition;
    }

    public IReadOnlyList<string> ArticleFiles =>
        Directory.EnumerateFiles(Input).Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The repository root: the nearest folder above the current one, or above the program, with Reader.sln.</summary>
    public static string FindRepo()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reader.sln not found");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
