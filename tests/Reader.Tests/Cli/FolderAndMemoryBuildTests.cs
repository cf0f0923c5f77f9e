using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>The pipeline runs one way into a folder (the CLI) and another into memory (the tests): both make the same site.</summary>
public sealed class FolderAndMemoryBuildTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Editions()
    {
        var data = new TheoryData<string> { "seeds" };
        if (Directory.Exists(RepoPaths.Basil))
            data.Add(Directory.EnumerateDirectories(RepoPaths.Basil).Order(StringComparer.Ordinal).First(d => File.Exists(Path.Combine(d, "cluster.json"))));
        return data;
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_cli_build_writes_every_file_an_in_memory_build_makes_byte_for_byte_and_its_marker(string edition)
    {
        var input = edition == "seeds" ? RepoPaths.Seeds : edition;
        var output = Path.Combine(temp.Path, "out");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "--input", input, "--output", output);
        var memory = new BuildPipeline(new BuildOptions { InputDirectory = input, OutputDirectory = "/nonexistent", ThemeDirectory = RepoPaths.Theme }).Render();

        Assert.True(code == 0, stderr);
        Assert.True(memory.Succeeded, Builds.Errors(memory));
        Assert.True(memory.Edition!.Articles.Count > 1);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(output, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        // The marker that lets the next build replace the folder is the folder build's only file of its own.
        Assert.Equal(memory.Files.Select(f => f.Path).Append(Reader.Publishing.OutputFolder.MarkerName).Order(StringComparer.Ordinal), written);
        foreach (var file in memory.Files)
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file.Path))), $"{file.Path} differs");
    }
}
