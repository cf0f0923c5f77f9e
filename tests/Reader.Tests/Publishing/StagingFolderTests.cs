using Reader.Publishing;
using Reader.Tests.Support;

namespace Reader.Tests.Publishing;

public sealed class StagingFolderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Without_commit_the_previous_output_is_byte_identical_and_staging_is_removed()
    {
        var output = temp.Sub("out");
        File.WriteAllText(Path.Combine(output, "index.html"), "old");
        var before = FolderSnapshot.Of(output);
        string root;

        using (var staging = new StagingFolder(output))
        {
            root = staging.Root;
            File.WriteAllText(Path.Combine(root, "index.html"), "new");
        }

        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.False(Directory.Exists(root));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Commit_swaps_in_the_new_folder_and_removes_the_old()
    {
        var output = temp.Sub("out");
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        using (var staging = new StagingFolder(output))
        {
            File.WriteAllText(Path.Combine(staging.Root, "index.html"), "new");
            staging.Commit();
        }

        Assert.Equal(["index.html"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_swap_that_fails_halfway_puts_the_previous_output_back()
    {
        var output = temp.Sub("out");
        File.WriteAllText(Path.Combine(output, "index.html"), "old");
        var before = FolderSnapshot.Of(output);

        using (var staging = new StagingFolder(output))
        {
            // The staged site vanishing (another process, a full disk's cleanup) makes the second rename fail.
            Directory.Delete(staging.Root, recursive: true);
            Assert.ThrowsAny<IOException>(staging.Commit);
        }

        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Commit_creates_a_missing_output_folder()
    {
        var output = Path.Combine(temp.Path, "new", "site");

        using (var staging = new StagingFolder(output))
        {
            File.WriteAllText(Path.Combine(staging.Root, "a.txt"), "x");
            staging.Commit();
        }

        Assert.True(File.Exists(Path.Combine(output, "a.txt")));
    }
}
