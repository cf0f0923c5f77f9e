using Reader.Input;
using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Input;

public sealed class InputFolderTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly Diagnostics diagnostics = new();

    public void Dispose() => temp.Dispose();

    private List<string> Articles(bool follow) =>
        new InputFolder(temp.Path, new InputPolicy { FollowLinksInside = follow }, diagnostics).Articles()
            .Select(e => Path.GetRelativePath(temp.Path, e.FullPath)).ToList();

    [Fact]
    public void A_link_back_to_a_folder_already_read_is_read_once_and_named()
    {
        temp.Write("sub/a.txt", "Text.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "sub", "loop"), temp.Path);

        Assert.Equal(["sub/a.txt"], Articles(follow: true));
        Assert.Contains(diagnostics.All, d => d.File.EndsWith("sub/loop", StringComparison.Ordinal) && d.Message.Contains("leads back"));
    }

    [Fact]
    public void A_followed_link_is_read_where_it_stands_from_the_file_it_names()
    {
        temp.Write("_private/real.txt", "Text.");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "shown.txt"), Path.Combine(temp.Path, "_private", "real.txt"));

        var entry = Assert.Single(new InputFolder(temp.Path, new InputPolicy { FollowLinksInside = true }, diagnostics).Articles());

        Assert.Equal(Path.Combine(temp.Path, "shown.txt"), entry.FullPath);
        Assert.EndsWith(Path.Combine("_private", "real.txt"), entry.ReadPath);
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void Links_named_like_nothing_an_edition_reads_are_passed_over_quietly()
    {
        temp.Write("a.txt", "Text.");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "photo.jpg"), "/etc/hostname");

        Assert.Equal(["a.txt"], Articles(follow: false));
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void A_linked_edition_yml_is_skipped_with_a_warning()
    {
        temp.Write("a.txt", "Text.");
        temp.Write("elsewhere/edition.yml", "title: Not ours\n");
        var input = temp.Sub("in");
        File.Copy(Path.Combine(temp.Path, "a.txt"), Path.Combine(input, "a.txt"));
        File.CreateSymbolicLink(Path.Combine(input, "edition.yml"), Path.Combine(temp.Path, "elsewhere", "edition.yml"));

        var loaded = new LoadSources().Run(input, diagnostics);

        Assert.Null(loaded.Config.Title);
        Assert.Contains(diagnostics.All, d => d.File.EndsWith("edition.yml", StringComparison.Ordinal) && d.Message.StartsWith("symbolic link skipped", StringComparison.Ordinal));
    }
}
