using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Rendering.Figures;

namespace Reader.Rendering.Caching;

/// <summary>
/// Everything an article page is made from, the theme aside (a new theme empties the
/// <see cref="ArticlePageCache"/>): the frame (base URL, edition title, description and language), the article's own text and overrides (the parsed article itself: the parse
/// cache hands back the same instance while neither changed), its slug, its
/// neighbours' links, the numbers and titles of the sources it cites, the comparison of each of its
/// claims and what the editors' verdicts make of it (numbers, checks and notes) — plus the links of the articles
/// those comparisons point to. Equal inputs mean an equal page,
/// so a preview rebuild re-renders only pages whose inputs moved: an edit to one article reaches another
/// article's page only through these. Compared by value, without hashing, because it runs for every
/// article on every edit. Its notes also link the timelines its claims' subjects are drawn on, which the
/// rest of the edition decides, so those subjects' numbers are inputs too.
/// </summary>
public sealed class ArticlePageInputs
{
    private readonly string frame;
    private readonly Parsing.Article article;
    private readonly string slug;
    private readonly ArticleLink? previous;
    private readonly ArticleLink? next;
    private readonly (string Id, int Number, string Title)[] sources;
    private readonly ClaimComparison[] comparisons;
    private readonly int[] timelines;
    private readonly string[] verdicts;

    private ArticlePageInputs(Edition edition, int index, string frame, EditionFigures? figures)
    {
        var list = edition.Articles;
        var article = list[index];
        this.frame = frame;
        this.article = article;
        slug = article.Slug;
        previous = index > 0 ? LinkOf(list[index - 1]) : null;
        next = index + 1 < list.Count ? LinkOf(list[index + 1]) : null;
        sources = article.Annotations.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal)
            .Select(id => edition.Sources.Find(id) is { } s ? (id, s.Number, s.DisplayTitle) : (id, 0, ""))
            .ToArray();
        comparisons = article.Annotations.Claims.Select(c => edition.Comparison.For(c.ClaimId)).ToArray();
        timelines = article.Annotations.Claims.Select(c => figures?.TimelineOf(c.ClaimId)?.SubjectNumber ?? 0).ToArray();
        verdicts = article.Annotations.Claims.Select(c => edition.Verdicts.Signature(c.ClaimId, c.Number)).ToArray();
    }

    public static ArticlePageInputs Of(Edition edition, int index, string frame, EditionFigures? figures = null) => new(edition, index, frame, figures);

    public static ArticleLink LinkOf(Parsing.Article article) => new(article.Meta.Title, article.Slug);

    /// <summary>What every page shares; any change re-renders every article page.</summary>
    public static string Frame(Edition edition, string baseUrl, string? canonicalOrigin = null) =>
        string.Join('\u0001', baseUrl, edition.Title, edition.Description ?? "", edition.Language, canonicalOrigin ?? "");

    /// <summary>True when a page rendered from <paramref name="before"/> is still right for these inputs.</summary>
    /// <param name="relinked">Articles whose title or slug changed (or that went away) since <paramref name="before"/>.</param>
    public bool Same(ArticlePageInputs before, IReadOnlySet<string> relinked)
    {
        if (frame != before.frame || !ReferenceEquals(article, before.article) || slug != before.slug
            || previous != before.previous || next != before.next
            || !sources.AsSpan().SequenceEqual(before.sources)
            || !timelines.AsSpan().SequenceEqual(before.timelines)
            || !verdicts.AsSpan().SequenceEqual(before.verdicts)
            || comparisons.Length != before.comparisons.Length)
            return false;
        for (int i = 0; i < comparisons.Length; i++)
        {
            var (now, then) = (comparisons[i], before.comparisons[i]);
            if (now.ClaimId != then.ClaimId || now.AgreeCount != then.AgreeCount || now.DifferCount != then.DifferCount
                || now.MentionCount != then.MentionCount || !now.Nearest.SequenceEqual(then.Nearest))
                return false;
            if (relinked.Count > 0)
                foreach (var entry in now.Nearest)
                    if (relinked.Contains(entry.ArticleId)) return false;
        }
        return true;
    }
}
