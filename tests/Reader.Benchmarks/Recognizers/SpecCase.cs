using System.Text.Json;

namespace Reader.Benchmarks.Recognizers;

/// <summary>One Recognizers-Text spec case: an input sentence and the entities it should yield.</summary>
internal sealed record SpecCase(string Input, IReadOnlyList<SpecResult> Results, string? NotSupported)
{
    /// <summary>Cases the .NET implementation itself is excused from; we skip them too.</summary>
    public bool SkippedForDotnet => NotSupported?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true;

    public static IReadOnlyList<SpecCase> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SpecCase>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var results = new List<SpecResult>();
            if (c.TryGetProperty("Results", out var rs))
                foreach (var r in rs.EnumerateArray())
                {
                    var res = r.TryGetProperty("Resolution", out var x) ? x : default;
                    results.Add(new SpecResult(
                        Str(r, "TypeName") ?? "",
                        Str(r, "Text") ?? "",
                        res.ValueKind == JsonValueKind.Object ? Str(res, "value") : null,
                        res.ValueKind == JsonValueKind.Object ? Str(res, "isoCurrency") : null));
                }
            string? notSupported = Str(c, "NotSupported") + " " + Str(c, "NotSupportedByDesign");
            cases.Add(new SpecCase(Str(c, "Input") ?? "", results, notSupported));
        }
        return cases;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
