using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CsCheck;
using Reader.Checking;
using Reader.Cli;
using Reader.Links;
using Reader.Pipeline;
using Reader.Tests.Support;
using Xunit.Abstractions;

namespace Reader.Tests.Hostile;

/// <summary>
/// Generated hostile editions (<see cref="HostileEditions"/>) through the build command, in process so an unhandled
/// exception surfaces as one: every build ends with exit 0, 1 or 2; a successful one publishes no unsafe URL, no
/// markup from the input and files that parse; a failed one leaves the previous output byte for byte as it was.
/// CsCheck prints the seed of any failure, shrunk, to replay it.
/// </summary>
public sealed class HostileEditionPropertyTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>About 15 s on two cores: the builds are small, a few hold lines of 200 KB or 3,000 nested levels.</summary>
    private const int Iterations = 200;

    /// <summary>Elements neither the theme nor Markdown without raw HTML makes: one in a page would come from the input.</summary>
    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "form", "base", "frame", "frameset", "style"];

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Any_edition_builds_or_fails_cleanly_and_a_failure_leaves_the_previous_site()
    {
        var site = Path.Combine(temp.Path, "out");
        var good = temp.Sub("good");
        temp.Write("good/a.txt", "The depot counted 40 crates on Friday.");
        Assert.Equal(0, BuildCommand.Run(Options(good, site)));
        var themeScripts = InlineScripts(site);
        int run = 0;
        var exits = new int[3];

        HostileEditions.Edition.Sample(edition =>
        {
            var input = temp.Sub($"in{Interlocked.Increment(ref run)}");
            edition.WriteTo(input);
            var before = FolderSnapshot.Of(site);

            int code = BuildCommand.Run(Options(input, site));

            Assert.InRange(code, 0, 2);
            Interlocked.Increment(ref exits[code]);
            if (code != 0) Assert.Equal(before, FolderSnapshot.Of(site));
            else SiteIsSafe(site, themeScripts);
        }, iter: Iterations, threads: 1);

        output.WriteLine($"exit 0: {exits[0]}, exit 1: {exits[1]}, exit 2: {exits[2]}");
        // The property means something only if both paths were taken often.
        Assert.True(exits[0] >= Iterations / 20 && exits[1] >= Iterations / 20, $"exit 0: {exits[0]}, exit 1: {exits[1]}");
    }

    private static BuildOptions Options(string input, string output) => new()
    {
        InputDirectory = input,
        OutputDirectory = output,
        ThemeDirectory = RepoPaths.Theme,
    };

    private static HashSet<string> InlineScripts(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .SelectMany(p => new HtmlParser().ParseDocument(File.ReadAllText(p)).QuerySelectorAll("script:not([src])").Select(s => s.TextContent))
            .ToHashSet(StringComparer.Ordinal);

    private static void SiteIsSafe(string site, HashSet<string> themeScripts)
    {
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in document.All)
            {
                // JSON-LD is data, not script: it must parse, and hold no "<" that could end the element.
                if (element.LocalName == "script" && element.GetAttribute("type") == "application/ld+json")
                {
                    using var _ = JsonDocument.Parse(element.TextContent);
                    Assert.DoesNotContain("<", element.TextContent);
                }
                else if (element.LocalName == "script")
                    Assert.True(element.GetAttribute("src") is { } src ? src.StartsWith("/assets/", StringComparison.Ordinal) : themeScripts.Contains(element.TextContent), $"{page}: {element.OuterHtml}");
                // The theme's own search box is the one form a page may hold.
                if (!(element.LocalName == "form" && element.ClassList.Contains("search") && element.GetAttribute("action") == "/search/"))
                    Assert.DoesNotContain(element.LocalName, ForbiddenElements);
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{page}: {element.LocalName} {attribute.Name}");
                    if (attribute.Name is "href" or "src" or "srcset" or "action" or "poster" or "data")
                        Assert.True(LinkPolicy.IsAllowed(attribute.Value), $"{page}: {element.LocalName} {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
            XDocument.Load(Path.Combine(site, xml));
        using var claims = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "claims.json")));
        foreach (var source in claims.RootElement.GetProperty("sources").EnumerateArray())
            if (source.GetProperty("url").GetString() is { } url) Assert.True(LinkPolicy.IsAllowed(url), url);
        var unsafeFindings = new SiteChecker(new CheckOptions()).Check(site).Where(f => f.Rule == CheckRules.UnsafeUrl).ToList();
        Assert.True(unsafeFindings.Count == 0, string.Join("\n", unsafeFindings));
    }
}
