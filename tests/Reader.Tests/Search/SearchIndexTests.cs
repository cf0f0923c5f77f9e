using System.Text.Json;
using Reader.Rendering.Search;
using Reader.Tests.Site;
using Reader.Tests.Support;

namespace Reader.Tests.Search;

public sealed class SearchIndexTests(SeedSite seeds) : IClassFixture<SeedSite>
{
    [Fact]
    public void The_seeds_index_holds_together() => SearchIndexShape.Check(seeds.Output);

    [Theory]
    [InlineData("54000", 54000)]
    [InlineData("14900000000", 14_900_000_000)]
    [InlineData("2.5", 2.50)]
    [InlineData("0.3333", 0.33333)]
    [InlineData("1300", 1300.0)]
    public void Values_are_written_one_way(string expected, decimal value) => Assert.Equal(expected, SearchValues.Number(value));

    [Fact]
    public void Every_figure_is_indexed_by_its_value()
    {
        using var claims = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds.Output, "claims.json")));
        var terms = Directory.EnumerateFiles(Path.Combine(seeds.Output, "search", "t"))
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject().Select(p => p.Name)).ToHashSet();
        foreach (var claim in claims.RootElement.GetProperty("claims").EnumerateArray())
        {
            var value = claim.GetProperty("value");
            var term = value.ValueKind == JsonValueKind.Number ? "#" + SearchValues.Number(value.GetDecimal()) : "#" + value.GetString();
            Assert.Contains(term, terms);
        }
    }

    [Fact]
    public void Stop_words_travel_in_the_manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds.Output, "search", "index.json")));
        var stop = manifest.RootElement.GetProperty("stop").EnumerateArray().Select(w => w.GetString()!).ToHashSet();
        Assert.Equal(SearchAnalyzer.StopWords.ToHashSet(), stop);
        Assert.Contains("the", stop);
    }
}
