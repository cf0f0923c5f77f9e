using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>The default theme travels with the program: a build needs no theme folder where it runs.</summary>
public sealed class DefaultThemeTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_build_from_a_folder_without_a_theme_uses_the_one_beside_the_program()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "The council met on Friday and spent $14 million on benches.");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "theme")));

        var (code, stdout, stderr) = ReaderProcess.RunWithDefaultTheme(temp.Path, "build", "--input", input);

        Assert.True(code == 0, stderr);
        Assert.Contains("1 articles", stdout);
        var page = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(temp.Path, "output", "articles"), "index.html", SearchOption.AllDirectories).Single());
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/reader.css\">", page);
        Assert.True(File.Exists(Path.Combine(temp.Path, "output", "assets", "reader.css")));
    }
}
