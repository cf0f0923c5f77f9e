using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reader.Preview;

/// <summary>
/// The preview's verdict controls (never in output/): a script that puts "Confirm" and "Reject" on every comparison
/// of a note and "Not a claim" on every note, each showing the exact lines to paste into edition.yml — told whether
/// the file already has a verdicts list, so the lines paste as they are — with a Copy button. Nothing is written
/// from the browser.
/// </summary>
public static partial class VerdictControls
{
    /// <summary>Marks the injected script; tests look for it.</summary>
    public const string Marker = "data-reader-preview-verdicts";

    private static readonly string Script = ReadAsset("verdict-controls.js");

    /// <summary>The markup added before a served page's closing body tag.</summary>
    /// <param name="configPath">edition.yml as messages name it ("seeds/edition.yml").</param>
    /// <param name="hasVerdicts">Whether the file already has a top-level <c>verdicts:</c> list.</param>
    public static string For(string configPath, bool hasVerdicts)
    {
        var config = JsonSerializer.Serialize(new { file = configPath, hasVerdicts });
        return $"<script {Marker} data-config=\"{WebUtility.HtmlEncode(config)}\">{Script}</script>";
    }

    /// <summary>The markup for the edition in <paramref name="inputDirectory"/>, read afresh: the editor may just have pasted.</summary>
    public static string For(string inputDirectory)
    {
        var path = new[] { Input.LoadSources.ConfigName, "edition.yaml" }.Select(name => Path.Combine(inputDirectory, name)).FirstOrDefault(File.Exists)
            ?? Path.Combine(inputDirectory, Input.LoadSources.ConfigName);
        bool has;
        try
        {
            // Read only a file of the input folder itself: a link may lead out of it, and the build does not follow one either.
            var file = new FileInfo(path);
            has = file.Exists && file.LinkTarget is null && VerdictsKey().IsMatch(File.ReadAllText(path));
        }
        catch (IOException)
        {
            has = false;
        }
        return For(Input.LoadSources.DisplayPath(path), has);
    }

    private static string ReadAsset(string name)
    {
        using var stream = typeof(VerdictControls).Assembly.GetManifestResourceStream("Reader.Preview.Assets." + name)
            ?? throw new InvalidOperationException($"preview asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        // An inline script ends at the first "</script": the asset must not hold one.
        return reader.ReadToEnd().Replace("</", "<\\/", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^verdicts[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex VerdictsKey();
}
