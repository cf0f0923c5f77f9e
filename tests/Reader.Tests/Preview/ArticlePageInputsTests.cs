using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Pipeline;
using Reader.Rendering.Caching;

namespace Reader.Tests.Preview;

/// <summary>
/// The re-render decision on its own: a change that leaves every count alone but alters what a note
/// quotes must still re-render the page — the case that edits of the few seed articles rarely produce.
/// </summary>
public sealed class ArticlePageInputsTests : IDisposable
{
    private readonly TempEdition temp = new();
    private readonly Edition edition;
    private readonly int index;
    private readonly string claimId;

    public ArticlePageInputsTests()
    {
        edition = new BuildPipeline(temp.Options).Render().Edition!;
        (index, claimId) = edition.Articles
            .SelectMany((a, i) => a.Annotations.Claims.Select(c => (Index: i, c.ClaimId)))
            .First(x => edition.Comparison.For(x.ClaimId).Nearest.Count > 0);
    }

    public void Dispose() => temp.Dispose();

    private Edition WithComparison(Func<ClaimComparison, ClaimComparison> change)
    {
        var byClaim = edition.Articles.SelectMany(a => a.Annotations.Claims)
            .ToDictionary(c => c.ClaimId, c => c.ClaimId == claimId ? change(edition.Comparison.For(c.ClaimId)) : edition.Comparison.For(c.ClaimId));
        return new Edition
        {
            Title = edition.Title, Description = edition.Description, Language = edition.Language,
            Articles = edition.Articles, Sources = edition.Sources, Config = edition.Config,
            Comparison = new EditionComparison(byClaim, edition.Comparison.Subjects),
        };
    }

    private static readonly IReadOnlySet<string> NoneRelinked = new HashSet<string>();

    [Fact]
    public void Unchanged_inputs_are_the_same() =>
        Assert.True(ArticlePageInputs.Of(edition, index, "f").Same(ArticlePageInputs.Of(WithComparison(c => c), index, "f"), NoneRelinked));

    [Fact]
    public void A_quoted_figure_that_changed_with_the_same_counts_is_not_the_same()
    {
        var changed = WithComparison(c => c with { Nearest = c.Nearest.Select((e, i) => i == 0 ? e with { Figure = e.Figure + "0" } : e).ToList() });
        Assert.False(ArticlePageInputs.Of(changed, index, "f").Same(ArticlePageInputs.Of(edition, index, "f"), NoneRelinked));
    }

    [Fact]
    public void A_retitled_article_that_a_note_links_to_is_not_the_same()
    {
        var linked = edition.Comparison.For(claimId).Nearest[0].ArticleId;
        Assert.False(ArticlePageInputs.Of(edition, index, "f").Same(ArticlePageInputs.Of(edition, index, "f"), new HashSet<string> { linked }));
    }

    [Fact]
    public void A_new_frame_is_not_the_same() =>
        Assert.False(ArticlePageInputs.Of(edition, index, "theme 2").Same(ArticlePageInputs.Of(edition, index, "theme 1"), NoneRelinked));
}
