using AngleSharp.Html.Parser;
using Reader.Tests.Support;

namespace Reader.Tests.Hostile;

public sealed class HostileInputTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("evil.txt", $"Evil Headline Here\n\nJapan said {Script} today.\nThen {Image} appeared.\n{Script}")]
    [InlineData("evil.md", $"---\ntitle: Evil\n---\nJapan said {Script} today.\n\nThen {Image} appeared.\n\n{Script}\n\n<div onclick=alert(1)>x</div>")]
    public void Html_in_an_article_comes_out_as_text(string name, string text)
    {
        temp.Write("in/" + name, text);
        var output = Path.Combine(temp.Path, "out");

        var result = Builds.Run(Path.Combine(temp.Path, "in"), output);

        Assert.True(result.Succeeded, Builds.Errors(result));
        var file = Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories).Single();
        var body = new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelector("article .body")!;
        Assert.Empty(body.QuerySelectorAll("script, img, [onerror], [onclick]"));
        // The claim notes' numbers sit inside the text; read the paragraphs without them.
        foreach (var note in body.QuerySelectorAll("a[role=doc-noteref], .notes").ToList()) note.Remove();
        Assert.Contains(Script, body.TextContent);
        Assert.Contains(Image, body.TextContent);
    }

    [Fact]
    public void Html_in_a_title_comes_out_as_text()
    {
        temp.Write("in/a.md", $"---\ntitle: \"{Script}\"\ndek: \"{Image}\"\n---\nBody text.");
        var output = Path.Combine(temp.Path, "out");

        Assert.True(Builds.Run(Path.Combine(temp.Path, "in"), output).Succeeded);

        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(page));
            Assert.DoesNotContain(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"), e => e.TextContent.Contains("alert"));
            // The title is data inside JSON-LD: escaped there, so it can neither close the element nor start markup.
            foreach (var data in doc.QuerySelectorAll("script[type='application/ld+json']"))
                Assert.DoesNotContain("<", data.TextContent);
            Assert.Empty(doc.QuerySelectorAll("[onerror]"));
        }
    }
}
