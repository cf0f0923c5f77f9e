using Reader.Claims.Extraction;
using Reader.Claims.Model;
using Reader.Claims.Tests.Support;

namespace Reader.Claims.Tests.Extraction;

/// <summary>Real news: every BASIL article extracts without exception, and known money figures come out right.</summary>
public class BasilCorpusTests
{
    private static readonly ClaimExtractor Extractor = new();
    private static string Basil => RepoPaths.Basil;

    private static IEnumerable<Claim> ExtractFile(string file) =>
        File.ReadAllText(file).Split('\n').SelectMany(p => Extractor.Extract(p, null));

    [BasilFact]
    public void Every_article_extracts_without_exception()
    {
        var files = Directory.GetDirectories(Basil).SelectMany(d => Directory.GetFiles(d, "*.txt")).ToArray();
        Assert.Equal(120, files.Length);
        int total = 0;
        foreach (var f in files) total += ExtractFile(f).Count();
        Assert.True(total > 500, $"only {total} claims in 120 articles");
    }

    [BasilTheory]
    [InlineData("$1.4 billion", 1_400_000_000)]
    [InlineData("$1.375 billion", 1_375_000_000)]
    [InlineData("$3.6 billion", 3_600_000_000)]
    [InlineData("$5.7 billion", 5_700_000_000)]
    [InlineData("$8B", 8_000_000_000)]
    public void Cluster_02_money_figures(string figure, long value)
    {
        var dir = Directory.GetDirectories(Basil, "02-*").Single();
        var claims = Directory.GetFiles(dir, "*.txt").SelectMany(ExtractFile).ToList();
        var match = claims.Where(c => c.Text.EndsWith(figure, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(match);
        Assert.All(match, c => Assert.Equal(ClaimKind.Money, c.Kind));
        Assert.All(match, c => Assert.Equal(value, c.Value.Low));
        Assert.All(match, c => Assert.Equal("USD", c.Unit));
    }

    [BasilFact]
    public void Cluster_02_has_three_and_a_half_billion_or_a_range_reaching_it()
    {
        var dir = Directory.GetDirectories(Basil, "02-*").Single();
        var money = Directory.GetFiles(dir, "*.txt").SelectMany(ExtractFile).Where(c => c.Kind == ClaimKind.Money).ToList();
        Assert.Contains(money, c => c.Value.Low == 3_500_000_000m || c.Value.High == 3_500_000_000m);
    }
}
