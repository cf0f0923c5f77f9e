using Reader.Input;
using Reader.Pipeline;

namespace Reader.Tests.Input;

/// <summary>The preview's loads reuse files that cannot have changed, and read again every file that may have.</summary>
public sealed class SourceFileCacheTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string folder = Directory.CreateTempSubdirectory("reader-cache-").FullName;
    private readonly SourceFileCache cache = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text, DateTime written)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }

    private SourceFile Load(string name) =>
        new LoadSources(cache).Run(folder, new Diagnostics()).Files.Single(f => f.RelativePath.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void An_unchanged_file_is_not_read_again()
    {
        Write("a.txt", "First text.", LongAgo);
        var first = Load("a.txt");
        Assert.Same(first, Load("a.txt"));
    }

    [Fact]
    public void A_file_whose_size_or_time_changed_is_read_again()
    {
        var path = Write("a.txt", "First text.", LongAgo);
        Load("a.txt");
        Write("a.txt", "Second, longer text.", LongAgo);
        Assert.Equal("Second, longer text.", Load("a.txt").Text);
        Write("a.txt", "Third,  longer text.", LongAgo.AddSeconds(1));
        Assert.Equal("Third,  longer text.", Load("a.txt").Text);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_file_written_moments_ago_is_read_again_even_with_the_same_size_and_time()
    {
        // A coarse file-system clock can give two saves in one tick the same time: recent files are never trusted.
        var now = DateTime.UtcNow;
        Write("a.txt", "Figure: 100.", now);
        Load("a.txt");
        Write("a.txt", "Figure: 200.", now);
        Assert.Equal("Figure: 200.", Load("a.txt").Text);
    }

    [Fact]
    public void A_deleted_file_leaves_the_edition()
    {
        Write("a.txt", "First text.", LongAgo);
        var b = Write("b.txt", "Other text.", LongAgo);
        Load("a.txt");
        File.Delete(b);
        var files = new LoadSources(cache).Run(folder, new Diagnostics()).Files;
        Assert.DoesNotContain(files, f => f.RelativePath.EndsWith("b.txt", StringComparison.Ordinal));
    }
}
