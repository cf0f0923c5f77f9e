using System.Text;
using System.Xml.Linq;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// Each mistake in the input is one line in plain words naming file and line (or the option), with the documented
/// exit code — never a stack trace, a .NET type name, or a silent guess.
/// </summary>
public sealed class ErrorMessageCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Output => Path.Combine(temp.Path, "out");

    private (int Code, string Stdout, string Stderr) Build(params (string Name, string Text)[] files)
    {
        var input = temp.Sub("in");
        foreach (var (name, text) in files) temp.Write("in/" + name, text);
        if (!files.Any(f => f.Name.EndsWith(".txt", StringComparison.Ordinal) || f.Name.EndsWith(".md", StringComparison.Ordinal)))
            temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");
        return ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);
    }

    private string Error(params (string Name, string Text)[] files)
    {
        var (code, _, stderr) = Build(files);
        Assert.Equal(1, code);
        var error = CliOutput.SingleErrorLine(stderr);
        Assert.DoesNotContain("System.", error);
        Assert.False(Directory.Exists(Output));
        return error;
    }

    [Theory]
    [InlineData("title: Edition\nurl: example.org\n", "in/edition.yml:2: error: url: \"example.org\" is not the site's absolute address")]
    [InlineData("sources:\n  abcdef12:\n    title: A\n  ABCDEF12:\n    title: B\n", "in/edition.yml:4: error: source \"ABCDEF12\" is already given on line 2")]
    [InlineData("sources:\n  not-hex:\n    title: A\n", "in/edition.yml:2: error: source id \"not-hex\" is not a source marker's id: 6 to 40 hexadecimal digits")]
    [InlineData("? [a, b]\n: x\n", "in/edition.yml:1: error: a key must be a plain name, not a list or a mapping")]
    [InlineData("title: A\ntitle: B\n", "in/edition.yml:2: error: \"title\" is given twice: keep one of them")]
    [InlineData("titel: A\n", "in/edition.yml:1: error: unknown key \"titel\" in edition.yml (did you mean \"title\"? known keys: title, description, url, language, articles, sources, verdicts)")]
    [InlineData("articles:\n  a:\n    order: first\n", "in/edition.yml:3: error: \"order\" must be a whole number, not \"first\"")]
    [InlineData("articles: [a, b]\n", "in/edition.yml:1: error: \"articles\" must be a set of \"key: value\" lines, one per article id, not a list")]
    [InlineData("title: [a, b]\n", "in/edition.yml:1: error: \"title\" must be a single value, not a list")]
    public void Edition_yml_mistakes_are_one_line_in_plain_words(string yaml, string expected)
    {
        Assert.StartsWith(expected, Error(("edition.yml", yaml)));
    }

    [Theory]
    [InlineData("---\n? [a, b]\n: x\n---\nBody.\n", "in/a.md:2: error: a key must be a plain name, not a list or a mapping")]
    [InlineData("---\ntitle: A\ntitle: B\n---\nBody.\n", "in/a.md:3: error: \"title\" is given twice: keep one of them")]
    [InlineData("---\ntitle: [a, b]\n---\nBody.\n", "in/a.md:2: error: \"title\" must be a single value, not a list")]
    [InlineData("---\ndraft: maybe\n---\nBody.\n", "in/a.md:2: error: \"draft\" must be true or false, not \"maybe\"")]
    public void Front_matter_mistakes_are_one_line_in_plain_words(string text, string expected)
    {
        Assert.StartsWith(expected, Error(("a.md", text)));
    }

    [Fact]
    public void A_misspelt_front_matter_key_is_a_warning_naming_the_known_ones()
    {
        var (code, _, stderr) = Build(("a.md", "---\ntitel: A\n---\nBody."));

        Assert.Equal(0, code);
        Assert.Contains(CliOutput.Warnings(stderr), w => w.StartsWith("in/a.md:2: warning: front matter: unknown key \"titel\" ignored (did you mean \"title\"? known keys: title, dek,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_url_that_is_no_url_is_a_usage_error_naming_the_option()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output, "--site-url", "x y");

        Assert.Equal(2, code);
        Assert.StartsWith("error: --site-url \"x y\" is not the site's absolute address", CliOutput.UsageLine(stderr));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_site_url_with_a_path_is_a_usage_error_pointing_to_the_base_url()
    {
        // Page URLs already start with --base-url; a path in the origin as well would give it twice in every absolute URL.
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output, "--site-url", "https://example.org/news", "--base-url", "/news/");

        Assert.Equal(2, code);
        Assert.Contains("with no path (the path the site is served under is --base-url)", CliOutput.UsageLine(stderr));
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16 (big-endian)")]
    [InlineData(new byte[0], "UTF-16 (little-endian, without a byte order mark)")]
    public void A_utf16_file_is_named_as_such(byte[] bom, string named)
    {
        var body = bom.Length == 2 && bom[0] == 0xFE ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var input = temp.Sub("in");
        temp.WriteBytes("in/a.txt", [.. bom, .. body.GetBytes("Wardens counted 40 boats on Friday.")]);

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.Equal(1, code);
        Assert.Equal($"in/a.txt: error: the file is {named}, not UTF-8: save it as UTF-8", CliOutput.SingleErrorLine(stderr));
    }

    [Fact]
    public void Control_characters_in_a_title_and_the_text_are_removed_with_a_warning_and_the_feed_is_written()
    {
        var (code, _, stderr) = Build(
            ("a.md", "---\ntitle: \"Harbour \\x01report\"\n---\nWardens counted 40 boats on Friday.\n"),
            ("b.txt", "Inspectors found 12 cracked\u0001 beams.\n\nThe depot\u0007 closed.\n"));

        Assert.True(code == 0, stderr);
        var warnings = CliOutput.Warnings(stderr);
        Assert.Contains(warnings, w => w.StartsWith("in/a.md:2: warning: a control character (U+0001) removed", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("in/b.txt:1: warning: 2 control characters (the first U+0001) removed", StringComparison.Ordinal));
        var feed = XDocument.Load(Path.Combine(Output, "feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Value == "Harbour report");
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(File.ReadAllText(file), c => c is '\u0001' or '\u0007');
    }

    [Fact]
    public void Check_on_a_folder_without_pages_is_a_finding_not_a_pass()
    {
        var empty = temp.Sub("empty");

        var (code, stdout, stderr) = ReaderProcess.RunWithDefaultTheme(temp.Path, "check", empty);

        Assert.Equal(1, code);
        CliOutput.HasNoStackTrace(stderr);
        Assert.Contains("no-pages: the folder has no HTML page", stdout);
        Assert.DoesNotContain("no problems found", stdout);
    }
}
