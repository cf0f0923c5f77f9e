using Reader.Tests.Support;

namespace Reader.Tests.Cli;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Success_is_0()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Japan met the allies on Friday [abcdef12].");

        var (code, stdout, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Path.Combine(temp.Path, "out"));

        Assert.True(code == 0, stderr);
        Assert.Contains("1 articles", stdout);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "index.html")));
    }

    [Fact]
    public void Input_errors_are_1()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.md", "---\ntitle: T\n  bad: indent\n---\nBody.");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Path.Combine(temp.Path, "out"));

        Assert.Equal(1, code);
        Assert.Contains("a.md:3: error:", stderr);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void Invalid_utf8_is_1_with_the_byte_offset()
    {
        var input = temp.Sub("in");
        temp.WriteBytes("in/a.txt", [(byte)'a', 0xC0, 0xAF]);

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Path.Combine(temp.Path, "out"));

        Assert.Equal(1, code);
        Assert.Contains("byte offset 1", stderr);
        Assert.Contains("a.txt", stderr);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Usage_errors_are_2(params string[] args)
    {
        var (code, _, stderr) = ReaderProcess.Run(temp.Path, args);

        Assert.Equal(2, code);
        Assert.Contains("error", stderr);
    }

    [Fact]
    public void An_output_folder_inside_the_input_is_a_usage_error()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Text.");

        var (code, _, _) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Path.Combine(input, "out"));

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(Path.Combine(input, "out")));
    }
}
