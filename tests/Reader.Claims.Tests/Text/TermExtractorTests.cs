using Reader.Claims.Text;

namespace Reader.Claims.Tests.Text;

public class TermExtractorTests
{
    [Fact]
    public void Stems_inflections_to_one_term()
    {
        Assert.Equal(TermExtractor.Terms("invested"), TermExtractor.Terms("investing"));
        Assert.Equal(TermExtractor.Terms("killed"), TermExtractor.Terms("kills"));
    }

    [Fact]
    public void Drops_stop_words_possessives_and_figures()
    {
        var terms = TermExtractor.Terms("The company's 2,000 workers were fired in 2019.");
        Assert.Equal(["compani", "worker", "fire"], terms);
    }

    [Fact]
    public void Terms_are_distinct_and_in_order()
    {
        Assert.Equal(["fire", "home", "destroi"], TermExtractor.Terms("Fire, homes; fires destroyed homes"));
    }

    [Fact]
    public void Is_safe_across_threads()
    {
        var expected = TermExtractor.Terms("Investors invested heavily in the new plants");
        var results = new IReadOnlyList<string>[2000];
        Parallel.For(0, results.Length, i => results[i] = TermExtractor.Terms("Investors invested heavily in the new plants"));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Empty_text_has_no_terms() => Assert.Empty(TermExtractor.Terms("  "));
}
