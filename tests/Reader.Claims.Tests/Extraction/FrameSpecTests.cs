using Reader.Claims.Extraction;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Extraction;

/// <summary>Runs every example of frames.spec.md: each listed claim is found and its frame has the listed fields.</summary>
public class FrameSpecTests
{
    private static readonly ClaimExtractor Extractor = new();

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var e in FrameSpecFile.Load()) data.Add(e.Section, e.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_frames_have_the_listed_fields(string section, int line)
    {
        var example = FrameSpecFile.Load().Single(e => e.Line == line);
        Assert.Equal(section, example.Section);
        var claims = Extractor.Extract(example.Input, example.Published);
        foreach (var (text, fields) in example.Expected)
        {
            var claim = claims.FirstOrDefault(c => c.Text == text)
                ?? throw new Xunit.Sdk.XunitException($"line {line}: no claim '{text}' in: {string.Join(", ", claims.Select(c => c.Text))}");
            foreach (var (field, expected) in fields)
                Assert.True(expected == Field(claim.Frame, field),
                    $"line {line}, claim '{text}': {field} expected '{expected}', was '{Field(claim.Frame, field)}' (frame {claim.Frame})");
        }
    }

    private static string Field(Frame f, string field) => field switch
    {
        "measure" => f.Measure,
        "predicate" => f.Predicate,
        "holder" => f.HolderHead,
        "time" => f.Time,
        "implied" => f.Implied ? "true" : "false",
        "part" => f.Part ? "true" : "false",
        _ => throw new ArgumentException($"unknown frame field '{field}'"),
    };
}
