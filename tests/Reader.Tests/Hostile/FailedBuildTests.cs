using Reader.Tests.Support;

namespace Reader.Tests.Hostile;

public sealed class FailedBuildTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string SeedsCopy()
    {
        var input = temp.Sub("in");
        FolderSnapshot.Copy(RepoPaths.Seeds, input);
        return input;
    }

    [Fact]
    public void Malformed_front_matter_fails_naming_file_and_line_and_leaves_output_and_input_alone()
    {
        var input = SeedsCopy();
        var output = Path.Combine(temp.Path, "out");
        Assert.True(Builds.Run(input, output).Succeeded);
        var outputBefore = FolderSnapshot.Of(output);

        File.WriteAllText(Path.Combine(input, "zz-broken.md"), "---\ntitle: Broken\ndek: \"unclosed\nsection: World\n---\nBody.");
        var inputBefore = FolderSnapshot.Of(input);

        var result = Builds.Run(input, output);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Reader.Pipeline.Severity.Error);
        Assert.EndsWith("zz-broken.md", error.File);
        Assert.NotNull(error.Line);
        Assert.InRange(error.Line!.Value, 2, 6);
        Assert.Equal(outputBefore, FolderSnapshot.Of(output));
        Assert.Equal(inputBefore, FolderSnapshot.Of(input));
        Assert.Equal(["in", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_name_the_article_layout_does_not_know_fails_naming_the_template_and_line_and_leaves_output_alone()
    {
        // Article pages render in parallel: the error must come out as a diagnostic, not a wrapped exception.
        var input = SeedsCopy();
        var output = Path.Combine(temp.Path, "out");
        Assert.True(Builds.Run(input, output).Succeeded);
        var outputBefore = FolderSnapshot.Of(output);
        var theme = temp.Sub("theme");
        FolderSnapshot.Copy(RepoPaths.Theme, theme);
        var layout = Path.Combine(theme, "layouts", "article.sbn-html");
        File.WriteAllText(layout, "{{nameNoModelHas}}\n" + File.ReadAllText(layout));

        var result = new Reader.Pipeline.BuildPipeline(new Reader.Pipeline.BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = theme,
        }).Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Reader.Pipeline.Severity.Error);
        Assert.Equal(Path.GetFullPath(layout), Path.GetFullPath(error.File));
        Assert.Equal(1, error.Line);
        Assert.Contains("nameNoModelHas", error.Message);
        Assert.Equal(outputBefore, FolderSnapshot.Of(output));
    }

    [Fact]
    public void An_unclosed_flow_list_fails_the_build_instead_of_crashing()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.md", "---\ntitle: T\ndek: [unclosed\n---\nBody.");

        var result = Builds.Run(input, Path.Combine(temp.Path, "out"));

        Assert.False(result.Succeeded);
        Assert.InRange(Assert.Single(result.Diagnostics).Line!.Value, 3, 4);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void A_successful_build_never_writes_to_the_input_folder()
    {
        var input = SeedsCopy();
        var before = FolderSnapshot.Of(input);

        Assert.True(Builds.Run(input, Path.Combine(temp.Path, "out")).Succeeded);

        Assert.Equal(before, FolderSnapshot.Of(input));
        Assert.Equal(before.Keys.Order(), Directory.EnumerateFileSystemEntries(input, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(input, p)).Order());
    }

    [Fact]
    public void Invalid_utf8_fails_the_build_naming_the_byte_offset()
    {
        var input = temp.Sub("in");
        temp.WriteBytes("in/a.txt", [(byte)'O', (byte)'k', 0x80]);

        var result = Builds.Run(input, Path.Combine(temp.Path, "out"));

        Assert.False(result.Succeeded);
        Assert.Contains("byte offset 2", Assert.Single(result.Diagnostics).Message);
    }
}
