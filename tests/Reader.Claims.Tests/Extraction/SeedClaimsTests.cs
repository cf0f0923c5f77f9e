using Reader.Claims.Model;

namespace Reader.Claims.Tests.Extraction;

/// <summary>Every figure the issue lists for the seed articles is found with the right value; generic phrases are not.</summary>
public class SeedClaimsTests
{
    private static Claim Find(string seed, string text) =>
        SeedArticles.Claims(seed).FirstOrDefault(c => c.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"seed {seed}: no claim '{text}' in [{string.Join("; ", SeedArticles.Claims(seed).Select(c => c.Text))}]");

    [Theory]
    [InlineData("000", "approximately 1,300", ClaimKind.Count, 1300, Qualifier.Approximately, "companies")]
    [InlineData("000", "326,000", ClaimKind.Count, 326000, Qualifier.None, "vehicles")]
    [InlineData("001", "approximately 54,000", ClaimKind.Count, 54000, Qualifier.Approximately, "personnel")]
    [InlineData("004", "two", ClaimKind.Count, 2, Qualifier.None, "engagements")]
    [InlineData("001", "up to $500 billion", ClaimKind.Money, 500_000_000_000, Qualifier.UpTo, "USD")]
    [InlineData("001", "$14.9 billion", ClaimKind.Money, 14_900_000_000, Qualifier.None, "USD")]
    [InlineData("002", "2%", ClaimKind.Percent, 2, Qualifier.None, "%")]
    [InlineData("002", "5%", ClaimKind.Percent, 5, Qualifier.None, "%")]
    [InlineData("002", "five years", ClaimKind.Duration, 5, Qualifier.None, "year")]
    [InlineData("000", "2050", ClaimKind.Year, 2050, Qualifier.None, "year")]
    [InlineData("003", "2004", ClaimKind.Year, 2004, Qualifier.None, "year")]
    [InlineData("000", "Third", ClaimKind.Ordinal, 3, Qualifier.None, "")]
    [InlineData("001", "second", ClaimKind.Ordinal, 2, Qualifier.None, "")]
    [InlineData("002", "first", ClaimKind.Ordinal, 1, Qualifier.None, "")]
    public void Finds_listed_figures(string seed, string text, ClaimKind kind, double value, Qualifier qualifier, string unit)
    {
        var claim = Find(seed, text);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal((decimal)value, claim.Value.Low);
        Assert.Equal(qualifier, claim.Qualifier);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("000", "February 7, 2025", "2025-02-07")]
    [InlineData("004", "February 7, 2025", "2025-02-07")]
    [InlineData("004", "February 7", "2025-02-07")]
    [InlineData("003", "mid-February", "2025-02")]
    [InlineData("003", "January 20", "2025-01-20")]
    [InlineData("003", "January 21", "2025-01-21")]
    [InlineData("004", "last October", "2024-10")]
    [InlineData("001", "Thursday", "2025-02-06")]
    public void Finds_dates_resolved_against_publication(string seed, string text, string iso)
    {
        var claim = Find(seed, text);
        Assert.Equal(ClaimKind.Date, claim.Kind);
        Assert.Equal(iso, claim.Value.Iso);
    }

    [Fact]
    public void Mid_february_spans_days_eleven_to_twenty()
    {
        var claim = Find("003", "mid-February");
        Assert.Equal(new DateOnly(2025, 2, 11), claim.Value.From);
        Assert.Equal(new DateOnly(2025, 2, 20), claim.Value.To);
    }

    [Fact]
    public void Labels_name_what_is_counted()
    {
        Assert.Equal("U.S. military personnel stationed in Japan", Find("001", "approximately 54,000").Subject.Label);
        Assert.Equal("Japanese companies operating in Mexico", Find("000", "approximately 1,300").Subject.Label);
        Assert.Equal("14,900,000,000 USD", Find("001", "$14.9 billion").Normalised);
        Assert.Equal("≈ 54,000 personnel", Find("001", "approximately 54,000").Normalised);
        Assert.NotEmpty(Find("001", "approximately 54,000").Subject.Terms);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Generic_small_numbers_and_codes_are_not_claims(string seed)
    {
        var claims = SeedArticles.Claims(seed);
        Assert.DoesNotContain(claims, c => c.Text is "two" && c.Unit is "nations" or "countries" or "leaders");
        Assert.DoesNotContain(claims, c => c.Text.Contains("both", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("one", StringComparison.OrdinalIgnoreCase) || c.Text.StartsWith("One", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Contains('2') && c.Kind == ClaimKind.Count && c.Value.Low == 2); // 'G2'
        Assert.DoesNotContain(claims, c => c.Text.Contains('[') || c.Text.Contains(']'));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Sentence_index_points_at_the_sentence_holding_the_claim(string seed)
    {
        var extractor = new Reader.Claims.Extraction.ClaimExtractor();
        foreach (var paragraph in SeedArticles.Text(seed).Split('\n'))
        {
            var sentences = Reader.Claims.Text.SentenceSplitter.Split(paragraph);
            foreach (var c in extractor.Extract(paragraph, new DateOnly(2025, 1, 31)))
            {
                var s = sentences[c.SentenceIndex];
                Assert.True(c.Start >= s.Start && c.End <= s.End, $"'{c.Text}' not inside sentence {c.SentenceIndex}: {s.Of(paragraph)}");
            }
        }
    }
}
