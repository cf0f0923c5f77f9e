using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Claims.Extraction;
using Reader.Claims.Text;
using Reader.Input;
using Reader.Parsing;
using Reader.Rendering.Data;

namespace Reader.Cli;

/// <summary>`reader extract [FILE|-] [--published DATE]`: the claims of one text as JSON, for debugging the extractor on any text.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A text file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var published = new Option<string?>("--published") { Description = "Publication date (2024-03-04): resolves relative dates and years left out." };
        var command = new Command("extract", "Print the numeric claims of one text as JSON.") { file, published };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(published)));
        return command;
    }

    private static int Run(string file, string? publishedText)
    {
        DateOnly? published = null;
        if (publishedText is not null && (published = DateText.Parse(publishedText)) is null)
        {
            Console.Error.WriteLine($"error: --published: cannot read \"{publishedText}\" as a date (use 2024-03-04)");
            return ExitCodes.Usage;
        }
        byte[] bytes;
        if (file == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else if (File.Exists(file)) bytes = File.ReadAllBytes(file);
        else
        {
            Console.Error.WriteLine($"error: {file}: file not found");
            return ExitCodes.Usage;
        }
        var text = Utf8Text.Decode(bytes, out var problem);
        if (text is null)
        {
            Console.Error.WriteLine($"{file}: error: {problem}");
            return ExitCodes.Failed;
        }

        var claims = new ClaimExtractor().Extract(text, published);
        var sentences = SentenceSplitter.Split(text);
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var c in claims)
        {
            json.WriteStartObject();
            json.WriteString("text", c.Text);
            json.WriteNumber("start", c.Start);
            json.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            if (c.Kind is Claims.Model.ClaimKind.Date or Claims.Model.ClaimKind.Tally && c.Value.Iso is { } iso) json.WriteString("value", iso);
            else if (c.Value.Low is { } low) json.WriteNumber("value", low);
            else json.WriteNull("value");
            if (c.Value.IsRange && c.Value.High is { } high) json.WriteNumber("high", high);
            json.WriteString("unit", c.Unit);
            var q = ClaimsJsonWriter.Symbol(c.Qualifier);
            if (q is null) json.WriteNull("qualifier"); else json.WriteString("qualifier", q);
            json.WriteString("subject", c.Subject.Label);
            json.WriteString("normalised", c.Normalised);
            FrameJson.Write(json, c.Frame);
            json.WriteString("sentence", c.SentenceIndex < sentences.Count ? sentences[c.SentenceIndex].Of(text) : "");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        Console.WriteLine();
        return ExitCodes.Success;
    }
}
