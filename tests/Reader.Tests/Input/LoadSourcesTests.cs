using System.Text;
using Reader.Input;
using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Input;

public sealed class LoadSourcesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Diagnostics diagnostics = new();

    public void Dispose() => folder.Dispose();

    private LoadedInput Load() => new LoadSources().Run(folder.Path, diagnostics);

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file_and_byte_offset()
    {
        folder.WriteBytes("bad.txt", [.. "Hello "u8.ToArray(), 0xC3, 0x28, .. " world"u8.ToArray()]);

        var input = Load();

        var error = Assert.Single(diagnostics.All, d => d.Severity == Severity.Error);
        Assert.EndsWith("bad.txt", error.File);
        Assert.Contains("byte offset 6", error.Message);
        Assert.Empty(input.Files);
    }

    [Fact]
    public void The_byte_offset_counts_the_bom()
    {
        folder.WriteBytes("bad.txt", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]);

        Load();

        Assert.Contains("byte offset 4", Assert.Single(diagnostics.All).Message);
    }

    [Fact]
    public void A_bom_is_stripped_and_crlf_normalised()
    {
        folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("One line.\r\nTwo line.\rThree.")]);

        var file = Assert.Single(Load().Files);

        Assert.Equal("One line.\nTwo line.\nThree.", file.Text);
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void An_empty_file_is_a_warning_naming_it()
    {
        folder.Write("empty.txt", "  \n\n");
        folder.Write("full.txt", "Text.");

        var input = Load();

        var warning = Assert.Single(diagnostics.All);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("empty.txt", warning.File);
        Assert.Equal(["full"], input.Files.Select(f => f.Id));
    }

    [Fact]
    public void Readme_and_private_files_are_not_articles()
    {
        folder.Write("README.md", "# About this folder");
        folder.Write("readme.txt", "About.");
        folder.Write("_draft.md", "Private.");
        folder.Write("notes.csv", "a,b");
        folder.Write("story.md", "Body.");

        Assert.Equal(["story"], Load().Files.Select(f => f.Id));
    }

    [Fact]
    public void Duplicate_ids_are_an_error()
    {
        folder.Write("story.txt", "One.");
        folder.Write("story.md", "Two.");

        Load();

        var error = Assert.Single(diagnostics.All);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("\"story\"", error.Message);
    }

    [Fact]
    public void Duplicate_ids_in_subfolders_are_an_error()
    {
        folder.Write("a/story.txt", "One.");
        folder.Write("b/story.txt", "Two.");

        Load();

        Assert.Contains(diagnostics.All, d => d.Severity == Severity.Error && d.Message.Contains("already used"));
    }

    [Fact]
    public void Edition_yml_is_read_and_not_an_article()
    {
        folder.Write("edition.yml", "title: My edition\n");
        folder.Write("a.txt", "Text.");

        var input = Load();

        Assert.Equal("My edition", input.Config.Title);
        Assert.Single(input.Files);
    }

    [Fact]
    public void A_missing_input_folder_is_an_input_error()
    {
        Assert.Throws<InputException>(() => new LoadSources().Run(Path.Combine(folder.Path, "nope"), diagnostics));
    }
}
