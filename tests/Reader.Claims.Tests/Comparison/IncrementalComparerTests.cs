using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reader.Claims.Comparison;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// The incremental comparer must give, after every edit, exactly what a fresh comparison of the edited
/// edition gives — while searching far fewer claims. Real news (BASIL clusters) edited at random: figures
/// rewritten, paragraphs dropped, paragraphs copied from other articles (new claims, shifted ids, changed term
/// frequencies), whole articles swapped; with the default caps and with tiny caps, where every search is cut
/// short and what each one read matters most.
/// </summary>
public class IncrementalComparerTests
{
    private const int Clusters = 12;

    public static TheoryData<int, int, int, bool> Settings => new()
    {
        // seed, candidate cap, note entries, only figures rewritten
        { 1, 200, 5, false },
        { 2, 4, 3, false },
        { 3, 2, 2, false },
        { 4, 8, 5, false },
        { 5, 200, 5, true },
        { 6, 3, 3, true },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_edit_gives_what_a_fresh_comparison_gives(int seed, int cap, int entries, bool figuresOnly)
    {
        var options = new CompareOptions { MaxCandidatesPerClaim = cap, MaxEntriesPerClaim = entries };
        var random = new Random(seed);
        var texts = Corpus();
        var analyses = texts.Select(t => Analyse(t.Id, t.Lines)).ToArray();
        var incremental = new IncrementalComparer(options);
        Assert.Equal(Dump(new EditionComparer(options).Compare(analyses), analyses), Dump(incremental.Compare(analyses), analyses));

        int searchedInPlace = 0, claimsInPlace = 0;
        for (int round = 0; round < 40; round++)
        {
            int edits = random.Next(10) == 0 ? 2 : 1;
            for (int e = 0; e < edits; e++)
            {
                int a = random.Next(texts.Count);
                texts[a] = texts[a] with { Lines = Edit(random, texts[a].Lines, texts[random.Next(texts.Count)].Lines, figuresOnly) };
                analyses[a] = Analyse(texts[a].Id, texts[a].Lines);
            }
            var expected = Dump(new EditionComparer(options).Compare(analyses), analyses);
            var actual = Dump(incremental.Compare(analyses), analyses);
            Assert.True(expected == actual, $"round {round}: incremental differs from fresh\n{FirstDifference(expected, actual)}");
            searchedInPlace += incremental.LastSearched;
            claimsInPlace += analyses.Sum(x => x.Input.Claims.Count);
        }
        // The point of it: an edit searches again only part of the edition — a small part when it rewrites figures,
        // the usual preview edit (paragraphs moved and words added reach every claim that read those lists).
        Assert.True(searchedInPlace < claimsInPlace / (figuresOnly ? 4 : 1), $"searched {searchedInPlace} of {claimsInPlace} claims");
    }

    [Fact]
    public void An_unchanged_edition_is_not_searched_again_and_a_new_article_starts_afresh()
    {
        var texts = Corpus().Take(9).ToList();
        var analyses = texts.Select(t => Analyse(t.Id, t.Lines)).ToList();
        var incremental = new IncrementalComparer();
        var first = incremental.Compare(analyses);
        int all = incremental.LastSearched;
        Assert.Equal(analyses.Sum(a => a.Input.Claims.Count), all);

        Assert.Same(first, incremental.Compare(analyses));
        Assert.Equal(0, incremental.LastSearched);

        analyses.RemoveAt(4);
        Assert.Equal(Dump(new EditionComparer().Compare(analyses), analyses), Dump(incremental.Compare(analyses), analyses));
        Assert.Equal(analyses.Sum(a => a.Input.Claims.Count), incremental.LastSearched);
    }

    private sealed record Text(string Id, string[] Lines);

    private static List<Text> Corpus()
    {
        var root = Path.Combine(ExtractedEdition.RepoRoot(), "..", "shared", "corpora", "basil");
        return Directory.GetDirectories(root).Order(StringComparer.Ordinal).Take(Clusters)
            .SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal))
            .Select(f => new Text($"{Path.GetFileName(Path.GetDirectoryName(f))}-{Path.GetFileNameWithoutExtension(f)}",
                File.ReadAllLines(f).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray()))
            .ToList();
    }

    private static ArticleAnalysis Analyse(string id, string[] lines) =>
        ArticleAnalysis.Of(ExtractedEdition.Article(id, lines, new DateOnly(2019, 2, 15)));

    private static string[] Edit(Random random, string[] lines, string[] donor, bool figuresOnly)
    {
        var result = lines.ToList();
        int p = random.Next(result.Count);
        switch (figuresOnly ? 0 : random.Next(5))
        {
            case 0: // rewrite a figure
                result[p] = Regex.Replace(result[p], @"\d[\d,.]*", _ => random.Next(2, 90_000).ToString("N0"), RegexOptions.None, TimeSpan.FromSeconds(1));
                break;
            case 1 when result.Count > 1: // drop a paragraph: fewer claims and sentences, later ids move
                result.RemoveAt(p);
                break;
            case 2: // copy in another article's paragraph: its words and figures now appear twice
                result.Insert(p, donor[random.Next(donor.Length)]);
                break;
            case 3: // a new word: a term no article had
                result[p] += $" Officials cited {(char)('a' + random.Next(26))}{random.Next(1000)}zq estimates of {random.Next(2, 500)} million dollars.";
                break;
            default: // another article's text altogether
                result = [.. donor];
                break;
        }
        return [.. result];
    }

    /// <summary>Everything a site shows of a comparison: the subject rows and every claim's note, one per line.</summary>
    private static string Dump(EditionComparison comparison, IEnumerable<ArticleAnalysis> articles)
    {
        var text = new StringBuilder();
        foreach (var row in comparison.Subjects) text.AppendLine(JsonSerializer.Serialize(row));
        foreach (var claim in articles.SelectMany(a => a.Input.Claims))
            text.AppendLine(JsonSerializer.Serialize(comparison.For(claim.ClaimId)));
        return text.ToString();
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
            if (e[i] != a[i]) return $"expected: {Cut(e[i])}\nactual:   {Cut(a[i])}";
        return $"lengths {e.Length} vs {a.Length}";
    }

    private static string Cut(string line) => line.Length > 1500 ? line[..1500] + "…" : line;
}
