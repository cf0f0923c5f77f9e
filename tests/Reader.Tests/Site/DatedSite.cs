using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Site;

/// <summary>tests/editions/dated built once into a temp folder with a site URL, shared by a test class.</summary>
public sealed class DatedSite : IDisposable
{
    public const string Origin = "https://news.example.org";
    private readonly TempFolder temp = new();

    public DatedSite()
    {
        Output = Path.Combine(temp.Path, "site");
        Result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = RepoPaths.DatedEdition,
            OutputDirectory = Output,
            ThemeDirectory = RepoPaths.Theme,
            SiteUrl = Origin,
        }).Build();
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public void Dispose() => temp.Dispose();
}
