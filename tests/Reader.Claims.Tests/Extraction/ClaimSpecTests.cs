using System.Globalization;
using Reader.Claims.Extraction;
using Reader.Claims.Model;

namespace Reader.Claims.Tests.Extraction;

/// <summary>Runs every example of claims.spec.md: the claims found must be exactly those listed, in order.</summary>
public class ClaimSpecTests
{
    private static readonly ClaimExtractor Extractor = new();

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var e in SpecFile.Load()) data.Add(e.Section, e.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_yields_exactly_the_listed_claims(string section, int line)
    {
        var example = SpecFile.Load().Single(e => e.Line == line);
        Assert.Equal(section, example.Section);
        var claims = Extractor.Extract(example.Input, example.Published);
        var actual = claims.Select(Describe).ToList();
        Assert.True(example.Expected.SequenceEqual(actual),
            $"line {line}: {example.Input}\nexpected:\n  {string.Join("\n  ", example.Expected)}\nactual:\n  {string.Join("\n  ", actual)}");
        foreach (var c in claims) Assert.Equal(c.Text, example.Input.Substring(c.Start, c.Length));
    }

    [Fact]
    public void Spec_file_covers_every_kind_and_qualifier()
    {
        var lines = SpecFile.Load().SelectMany(e => e.Expected).Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToList();
        foreach (var kind in Enum.GetValues<ClaimKind>())
            Assert.Contains(lines, l => l[0] == kind.ToString().ToLowerInvariant());
        foreach (var q in new[] { "-", "~", ">", ">=", "<=", "<" })
            Assert.Contains(lines, l => l[4] == q);
    }

    internal static string Describe(Claim c) =>
        $"{c.Kind.ToString().ToLowerInvariant()} | {c.Text} | {Value(c)} | {(c.Unit.Length == 0 ? "-" : c.Unit)} | {Qualifier(c.Qualifier)}";

    private static string Value(Claim c)
    {
        if (c.Kind is ClaimKind.Date or ClaimKind.Year or ClaimKind.Tally && c.Value.Iso is { } iso) return iso;
        string n(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);
        return c.Value.IsRange ? $"{n(c.Value.Low!.Value)}..{n(c.Value.High!.Value)}" : n(c.Value.Low ?? 0);
    }

    private static string Qualifier(Qualifier q) => q switch
    {
        Model.Qualifier.Approximately => "~",
        Model.Qualifier.MoreThan => ">",
        Model.Qualifier.AtLeast => ">=",
        Model.Qualifier.UpTo => "<=",
        Model.Qualifier.LessThan => "<",
        _ => "-",
    };
}
