using System.Runtime.Versioning;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// What a build publishes is what is in the input folder: links are not followed out of it, only regular files are
/// read, each up to a size limit — and whatever is refused is one line naming the file, never a stack trace or a hang.
/// </summary>
public sealed class InputFolderCliTests : IDisposable
{
    private const string Secret = "Quarterly payroll ledger entry";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Input()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");
        return input;
    }

    private string Output => Path.Combine(temp.Path, "out");

    /// <summary>Every byte of the built site as text: nothing outside the input may appear anywhere in it.</summary>
    private string Site() => string.Concat(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_skipped_with_a_warning_naming_it()
    {
        var input = Input();
        var outside = temp.Write("private/ledger.txt", Secret + " 1,234.");
        File.CreateSymbolicLink(Path.Combine(input, "ledger.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(input, "passwd.txt"), "/etc/passwd");

        var (code, stdout, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("1 articles", stdout);
        var warnings = CliOutput.Warnings(stderr);
        Assert.Contains(warnings, w => w.StartsWith("in/ledger.txt: warning: symbolic link skipped", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("in/passwd.txt: warning: symbolic link skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, Site());
        Assert.DoesNotContain("root:", Site());
    }

    [Fact]
    public void A_linked_folder_is_not_read()
    {
        var input = Input();
        temp.Write("private/notes/ledger.txt", Secret + " 1,234.");
        Directory.CreateSymbolicLink(Path.Combine(input, "more"), Path.Combine(temp.Path, "private"));

        var (code, stdout, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("1 articles", stdout);
        Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/more: warning: symbolic link skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, Site());
    }

    [Fact]
    public void Follow_links_reads_links_that_stay_inside_the_folder_and_still_skips_the_rest()
    {
        var input = Input();
        temp.Write("in/_shared/b.txt", "Inspectors found 12 cracked beams.");
        File.CreateSymbolicLink(Path.Combine(input, "b.txt"), Path.Combine(input, "_shared", "b.txt"));
        // A link inside the folder to a folder that is itself a link out of it: its real target is outside.
        temp.Write("private/ledger.txt", Secret + " 1,234.");
        Directory.CreateSymbolicLink(Path.Combine(input, "_way-out"), Path.Combine(temp.Path, "private"));
        File.CreateSymbolicLink(Path.Combine(input, "ledger.txt"), Path.Combine(input, "_way-out", "ledger.txt"));

        var (code, stdout, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output, "--follow-links");

        Assert.True(code == 0, stderr);
        Assert.Contains("2 articles", stdout);
        Assert.Contains("12 cracked beams", Site());
        Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/ledger.txt: warning: symbolic link skipped: it leads outside", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, Site());
    }

    [Theory]
    [InlineData("/nonexistent/article.txt")] // dangling
    [InlineData("/dev/zero")] // endless: read whole, it used to run out of memory
    public void A_dangling_link_or_a_link_to_a_device_is_a_warning_not_a_crash(string target)
    {
        var input = Input();
        File.CreateSymbolicLink(Path.Combine(input, "z.txt"), target);

        foreach (var follow in new[] { false, true })
        {
            var (code, _, stderr) = ReaderProcess.Run(temp.Path, ["build", "-i", input, "-o", Output, .. follow ? new[] { "--follow-links" } : []]);

            Assert.True(code == 0, stderr);
            Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/z.txt: warning: symbolic link skipped", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_named_pipe_is_an_error_naming_it_not_a_hang()
    {
        var input = Input();
        var fifo = Path.Combine(input, "f.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.Equal(1, code);
        Assert.StartsWith("in/f.txt: error: not a regular file (a named pipe (FIFO))", CliOutput.SingleErrorLine(stderr));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_naming_it_and_the_option()
    {
        var input = Input();
        temp.Write("in/big.txt", string.Concat(Enumerable.Repeat("Wardens counted 40 boats on Friday. ", 300)));

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output, "--max-file-size", "10KB");

        Assert.Equal(1, code);
        var error = CliOutput.SingleErrorLine(stderr);
        Assert.Matches(@"^in/big\.txt: error: the file is 1\d\.\d KB; one file may be at most 10 KB \(--max-file-size\)$", error);
    }

    [Fact]
    public void A_size_that_is_no_size_is_a_usage_error()
    {
        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", Input(), "-o", Output, "--max-file-size", "lots");

        Assert.Equal(2, code);
        Assert.Contains("--max-file-size \"lots\"", CliOutput.UsageLine(stderr));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // Unix permissions are what the test takes away.
    public void An_unreadable_file_is_one_line_naming_it()
    {
        // Permissions hold only for a user without privileges: the build runs as nobody, the output beside it open to all.
        var input = Input();
        var secret = temp.Write("in/locked.txt", Secret);
        File.SetUnixFileMode(secret, UnixFileMode.None);
        var open = temp.Sub("open");
        File.SetUnixFileMode(open, (UnixFileMode)0b111_111_111);

        var (code, _, stderr) = ReaderProcess.RunUnprivileged(temp.Path, "build", "-i", input, "-o", Path.Combine(open, "out"));

        Assert.Equal(1, code);
        Assert.StartsWith("in/locked.txt: error: cannot read the file", CliOutput.SingleErrorLine(stderr));
        Assert.False(Directory.Exists(Path.Combine(open, "out")));
    }
}
