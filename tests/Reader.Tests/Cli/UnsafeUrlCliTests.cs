using System.Text.RegularExpressions;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// No link or image of a built site uses a scheme outside http, https, mailto and relative URLs, wherever it came
/// from — Markdown links, autolinks, images and reference definitions, url values in front matter and edition.yml —
/// each one dropped is a warning naming file and line; and `reader check` finds any that a site has.
/// </summary>
public sealed partial class UnsafeUrlCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Output => Path.Combine(temp.Path, "out");

    [Fact]
    public void Unsafe_schemes_from_markdown_and_yaml_never_reach_the_site_and_each_is_a_warning_naming_its_line()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.md", """
            ---
            title: Harbour report
            url: javascript:alert(1)
            ---
            Wardens counted 40 boats [on Friday](javascript:alert(2)) at the harbour.

            A second look <javascript:alert(3)> found ![a chart](data:text/html,<script>alert(4)</script>)
            and [one more](JaVaScRiPt&#58;alert(5)) and [a safe one](https://example.org/report).

            The [register][r] lists 12 more.

            [r]: vbscript:msgbox(6)
            """);
        temp.Write("in/edition.yml", """
            title: Edition
            articles:
              a:
                url: "  javascript:alert(7)"
            sources:
              abcdef12:
                title: Register
                url: file:///etc/passwd
            """);

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.True(code == 0, stderr);
        var warnings = CliOutput.Warnings(stderr);
        foreach (var expected in new[] { "in/a.md:3:", "in/a.md:5:", "in/a.md:7:", "in/a.md:8:", "in/a.md:10:", "in/edition.yml:4:", "in/edition.yml:8:" })
            Assert.Contains(warnings, w => w.StartsWith(expected + " warning: ", StringComparison.Ordinal) && w.Contains("dropped", StringComparison.Ordinal));
        // Dropped links keep their words as text (an autolink its address, escaped); no URL attribute or url value is unsafe.
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var page in Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories))
            foreach (var element in parser.ParseDocument(File.ReadAllText(page)).All)
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "srcset" or "action" or "formaction" or "poster" or "data"))
                    Assert.False(UnsafeScheme().IsMatch(attribute.Value), $"{page}: {element.LocalName} {attribute.Name}=\"{attribute.Value}\"");
        var urls = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "claims.json"))).RootElement
            .GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").ToString());
        Assert.All(urls, url => Assert.False(UnsafeScheme().IsMatch(url), url));
        Assert.False(UnsafeScheme().IsMatch(File.ReadAllText(Path.Combine(Output, "sitemap.xml"))), "sitemap.xml");
        // The feed carries each article in full: a dropped link's words may stand in its text, never in a URL.
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(Output, "feed.xml"));
        foreach (var element in feed.Descendants())
        {
            foreach (var attribute in element.Attributes())
                Assert.False(UnsafeScheme().IsMatch(attribute.Value), $"feed.xml: {element.Name.LocalName} {attribute.Name}");
            if (element.Name.LocalName == "content")
                foreach (var inner in parser.ParseDocument(element.Value).All)
                    foreach (var attribute in inner.Attributes.Where(a => a.Name is "href" or "src" or "srcset" or "action" or "formaction" or "poster" or "data"))
                        Assert.False(UnsafeScheme().IsMatch(attribute.Value), $"feed.xml content: {inner.LocalName} {attribute.Name}=\"{attribute.Value}\"");
        }
        Assert.Contains("https://example.org/report", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(Output, "articles"), "index.html", SearchOption.AllDirectories).Single()));

        var (checkCode, checkOut, _) = ReaderProcess.RunWithDefaultTheme(temp.Path, "check", Output);
        Assert.True(checkCode == 0, checkOut);
    }

    [Fact]
    public void The_site_url_must_be_absolute_so_an_unsafe_or_relative_one_is_an_error_naming_its_line()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");
        temp.Write("in/edition.yml", "title: Edition\nurl: javascript:alert(1)//\n");

        var (code, _, stderr) = ReaderProcess.Run(temp.Path, "build", "-i", input, "-o", Output);

        Assert.Equal(1, code);
        Assert.StartsWith("in/edition.yml:2: error: url: \"javascript:alert(1)//\" is not the site's absolute address", CliOutput.SingleErrorLine(stderr));
    }

    [Fact]
    public void Check_reports_unsafe_schemes_in_pages_and_feeds()
    {
        var site = temp.Sub("site");
        temp.Write("site/index.html", """
            <!DOCTYPE html><html lang="en"><head><title>T</title></head><body><h1>T</h1>
            <a href="javascript:alert(1)">x</a> <img src="data:text/html,x" alt=""> <a href=" JAVA&#x09;SCRIPT:alert(2)">y</a>
            <a href="https://example.org/">fine</a> <a href="mailto:desk@example.org">fine</a>
            </body></html>
            """);
        temp.Write("site/feed.xml", """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link href="vbscript:msgbox(1)"/></feed>""");

        var (code, stdout, stderr) = ReaderProcess.RunWithDefaultTheme(temp.Path, "check", site);

        Assert.Equal(1, code);
        CliOutput.HasNoStackTrace(stderr);
        var findings = CliOutput.Lines(stdout).Where(l => l.Contains(" unsafe-url: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, findings.Count);
        Assert.Single(findings, f => f.StartsWith("feed.xml:", StringComparison.Ordinal));
    }

    /// <summary>A scheme outside the allow-list, as a browser would read it (spaces and tabs around ignored).</summary>
    [GeneratedRegex(@"(?i)(javascript|vbscript|data|file)\s*(:|&#58;|&colon;)")]
    private static partial Regex UnsafeScheme();
}
