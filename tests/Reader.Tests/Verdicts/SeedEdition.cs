using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Tests.Cli;
using Reader.Tests.Support;

namespace Reader.Tests.Verdicts;

/// <summary>A copy of the seeds an editor can change (edition.yml, articles), built and checked through the CLI.</summary>
public sealed class SeedEdition : IDisposable
{
    private readonly TempFolder temp = new();

    public SeedEdition()
    {
        Input = temp.Sub("seeds");
        FolderSnapshot.Copy(RepoPaths.Seeds, Input);
        Output = Path.Combine(temp.Path, "output");
    }

    public string Input { get; }
    public string Output { get; }
    public string Config => Path.Combine(Input, "edition.yml");

    /// <summary>Appends a verdicts list to edition.yml; returns the line of each item, as an editor's tools count.</summary>
    public int[] AddVerdicts(params string[] items)
    {
        var text = File.ReadAllText(Config).TrimEnd('\n') + "\n\nverdicts:\n";
        var lines = new List<int>();
        foreach (var item in items)
        {
            lines.Add(text.Count(c => c == '\n') + 1);
            text += item.TrimEnd('\n') + "\n";
        }
        File.WriteAllText(Config, text);
        return [.. lines];
    }

    /// <summary>Edits an article file: <paramref name="edit"/> gets the text and returns the new one.</summary>
    public void EditArticle(string articleId, Func<string, string> edit)
    {
        var path = Directory.EnumerateFiles(Input).Single(p => Path.GetFileNameWithoutExtension(p) == articleId);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    /// <summary>`reader build --input seeds --output output`, run from the folder holding both, as an editor would.</summary>
    public (int ExitCode, string Stdout, string Stderr) Build(params string[] more) =>
        ReaderProcess.Run(temp.Path, ["build", "--input", "seeds", "--output", "output", .. more]);

    public (int ExitCode, string Stdout, string Stderr) Check() =>
        ReaderProcess.RunWithDefaultTheme(temp.Path, "check", "output");

    public JsonElement ClaimsJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "claims.json"))).RootElement;

    /// <summary>The built page of an article, by its id.</summary>
    public IDocument ArticlePage(string articleId)
    {
        var path = ClaimsJson().GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == articleId).GetProperty("path").GetString()!;
        return Page(path.TrimStart('/') + "index.html");
    }

    public IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public void Dispose() => temp.Dispose();
}
