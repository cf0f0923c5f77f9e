using Reader.Platform;
using Reader.Publishing;
using Reader.Tests.Support;

namespace Reader.Tests.Publishing;

/// <summary>The swap of a finished site for the old one, and which folders a build may replace.</summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void On_linux_two_folders_are_exchanged_in_one_step()
    {
        var a = temp.Sub("a");
        var b = temp.Sub("b");
        temp.Write("a/one.txt", "1");
        temp.Write("b/two.txt", "2");

        bool exchanged = DirectorySwap.TryExchange(a, b);

        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        if (!exchanged) return;
        Assert.True(File.Exists(Path.Combine(a, "two.txt")));
        Assert.True(File.Exists(Path.Combine(b, "one.txt")));
    }

    [Fact]
    public void Commit_replaces_the_output_and_leaves_nothing_beside_it()
    {
        var output = temp.Sub("out");
        temp.Write("out/old.html", "old");
        using var staging = new StagingFolder(output);
        File.WriteAllText(Path.Combine(staging.Root, "new.html"), "new");

        staging.Commit();

        Assert.Equal(["new.html"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_running_builds_staging_folder_is_left_alone_and_a_dead_ones_removed()
    {
        using var running = System.Diagnostics.Process.Start("sleep", "30")!;
        using var ended = System.Diagnostics.Process.Start("true")!;
        ended.WaitForExit();
        try
        {
            var alive = temp.Sub($".out.staging-{running.Id}-{Guid.NewGuid():N}");
            var dead = temp.Sub($".out.staging-{ended.Id}-{Guid.NewGuid():N}");

            using (new StagingFolder(Path.Combine(temp.Path, "out"))) { }

            Assert.True(Directory.Exists(alive));
            Assert.False(Directory.Exists(dead));
        }
        finally
        {
            running.Kill();
        }
    }

    [Theory]
    [InlineData("missing", false, null)]
    [InlineData("empty", false, null)]
    [InlineData("built", false, null)]
    [InlineData("photos", false, "holds files that are not a Reader build")]
    [InlineData("photos", true, null)]
    [InlineData("file", true, "it is a file, not a folder")]
    [InlineData("file/out", true, "is a file, not a folder")]
    public void Which_folders_a_build_may_replace(string name, bool force, string? refusal)
    {
        temp.Sub("empty");
        temp.Write("built/" + OutputFolder.MarkerName, OutputFolder.MarkerText);
        temp.Write("built/index.html", "site");
        temp.Write("photos/holiday.jpg", "not a site");
        temp.Write("file", "a file");

        var why = OutputFolder.Refusal(Path.Combine(temp.Path, name), force);

        if (refusal is null) Assert.Null(why);
        else Assert.Contains(refusal, why);
    }
}
