using System.Runtime.Versioning;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// --output names a folder a build replaces whole: only an empty one or an earlier Reader build, or any with --force;
/// an input with no articles, or an output path that cannot be written, leaves it exactly as it was; crashed builds'
/// leftovers beside it are cleared by the next build.
/// </summary>
public sealed class OutputFolderCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Input()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");
        return input;
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_a_usage_error_and_left_alone()
    {
        var input = Input();
        var output = temp.Sub("photos");
        temp.Write("photos/holiday.jpg", "not a site");
        var before = FolderSnapshot.Of(output);

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output);

        Assert.Equal(2, code);
        var error = CliOutput.UsageLine(stderr);
        Assert.StartsWith("error: --output photos: the folder holds files that are not a Reader build", error);
        Assert.Contains("--force", error);
        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Fact]
    public void Force_replaces_it_and_a_reader_build_or_an_empty_folder_is_replaced_without()
    {
        var input = Input();
        var photos = temp.Sub("photos");
        temp.Write("photos/holiday.jpg", "not a site");
        var empty = temp.Sub("empty");

        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", photos, "--force").ExitCode);
        Assert.False(File.Exists(Path.Combine(photos, "holiday.jpg")));
        Assert.True(File.Exists(Path.Combine(photos, ".reader-build")));
        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", photos).ExitCode);
        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", empty).ExitCode);
        Assert.True(File.Exists(Path.Combine(empty, "index.html")));
    }

    [Theory]
    [InlineData(false)] // no file at all
    [InlineData(true)] // only drafts
    public void An_input_without_articles_is_an_error_and_the_previous_site_stays(bool drafts)
    {
        var input = Input();
        var output = Path.Combine(temp.Path, "out");
        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output).ExitCode);
        var before = FolderSnapshot.Of(output);
        File.Delete(Path.Combine(input, "a.txt"));
        if (drafts) temp.Write("in/b.md", "---\ntitle: B\ndraft: true\n---\nNot yet.");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output);

        Assert.Equal(1, code);
        Assert.StartsWith("in: error: no articles to build", CliOutput.SingleErrorLine(stderr));
        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Fact]
    public void An_output_whose_parent_is_a_file_is_a_usage_error_naming_the_option()
    {
        var input = Input();
        temp.Write("taken", "a file");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Path.Combine(temp.Path, "taken", "out"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: --output taken/out: its parent", CliOutput.UsageLine(stderr));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // Unix permissions are what the test takes away.
    public void An_output_in_a_folder_that_cannot_be_written_is_a_usage_error_naming_the_option()
    {
        var input = Input();
        var locked = temp.Sub("locked");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var (code, _, stderr) = ReaderProcess.RunUnprivileged(temp.Path, "build", "-i", input, "-o", Path.Combine(locked, "out"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: --output locked/out: cannot write in", CliOutput.UsageLine(stderr));
    }

    [Fact]
    public void A_build_clears_what_crashed_builds_left_and_puts_back_a_site_a_crash_left_hidden()
    {
        var input = Input();
        var output = Path.Combine(temp.Path, "out");
        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output).ExitCode);
        // A build killed between its two renames (where there is no exchange): the site is hidden, output/ missing.
        var hidden = Path.Combine(temp.Path, ".out.old-999999999-" + Guid.NewGuid().ToString("N"));
        Directory.Move(output, hidden);
        temp.Write($".out.staging-999999999-{Guid.NewGuid():N}/index.html", "half a site");
        temp.Write($".out.staging-{Guid.NewGuid():N}/index.html", "half a site, from before process ids");
        temp.Write(".out.notes/keep.txt", "not ours");
        File.WriteAllText(Path.Combine(input, "a.txt"), "Wardens counted 41 boats on Friday.");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output);

        Assert.True(code == 0, stderr);
        Assert.Equal([".out.notes", "in", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("41 boats", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories).Single()));
    }

    [Fact]
    public void A_failed_build_leaves_no_folder_of_its_own_beside_the_output()
    {
        var input = Input();
        var output = Path.Combine(temp.Path, "out");
        Assert.Equal(0, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output).ExitCode);
        temp.Write("in/b.md", "---\ntitle: [unclosed\n---\nBody.");

        Assert.Equal(1, ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", output).ExitCode);

        Assert.Equal(["in", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
