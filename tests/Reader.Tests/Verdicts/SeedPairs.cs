using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Pipeline;
using Reader.Tests.Support;
using Reader.Verdicts;

namespace Reader.Tests.Verdicts;

/// <summary>
/// Comparisons the engine makes on the seeds, found in a build without verdicts, so tests name real pairs
/// without writing the engine's answers into them.
/// </summary>
public static class SeedPairs
{
    private static readonly Lazy<Edition> Edition = new(() =>
    {
        var result = new BuildPipeline(new BuildOptions { InputDirectory = RepoPaths.Seeds, OutputDirectory = "/nonexistent", ThemeDirectory = RepoPaths.Theme }).Render();
        Assert.True(result.Succeeded, Builds.Errors(result));
        return result.Edition!;
    });

    public static Edition Seeds => Edition.Value;

    /// <summary>The first comparison of two claims with this relation: (claim, other claim).</summary>
    public static (string Claim, string Other) First(Relation relation) => Entries()
        .First(x => x.Entry.Relation == relation && x.Entry.ClaimId is not null) is var (claim, entry) ? (claim, entry.ClaimId!) : default;

    /// <summary>The first mention: (claim, the mentioning sentence's id).</summary>
    public static (string Claim, string Sentence) FirstMention() => Entries()
        .First(x => x.Entry.Relation == Relation.Mentions) is var (claim, entry) ? (claim, EditionRef.TargetOf(entry)) : default;

    /// <summary>Two claims of different articles that no note compares, of one kind.</summary>
    public static (string Claim, string Other) Uncompared()
    {
        var alone = Seeds.Articles.SelectMany(a => a.Annotations.Claims.Select(c => (Article: a.Id, c.ClaimId, c.Claim.Kind)))
            .Where(c => Seeds.Comparison.For(c.ClaimId).Total == 0).ToList();
        foreach (var a in alone)
            foreach (var b in alone)
                if (a.Article != b.Article && a.Kind == b.Kind) return (a.ClaimId, b.ClaimId);
        throw new InvalidOperationException("the seeds have no two uncompared claims of one kind");
    }

    /// <summary>A claim another note names, with that note's claim; neither among <paramref name="except"/>.</summary>
    public static (string Claim, string NamedIn) Named(params string[] except) => Entries()
        .First(x => x.Entry.ClaimId is not null && !except.Contains(x.Entry.ClaimId) && !except.Contains(x.Claim)) is var (claim, entry) ? (entry.ClaimId!, claim) : default;

    private static IEnumerable<(string Claim, ComparisonEntry Entry)> Entries() =>
        Seeds.Articles.SelectMany(a => a.Annotations.Claims)
            .SelectMany(c => Seeds.Comparison.For(c.ClaimId).Nearest.Select(e => (c.ClaimId, e)));
}
