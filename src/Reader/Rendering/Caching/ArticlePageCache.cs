using Reader.Analysis;
using Reader.Pipeline;
using Reader.Theming;

namespace Reader.Rendering.Caching;

/// <summary>
/// Article pages of the last run, each with what it was rendered from (<see cref="ArticlePageInputs"/>): a page
/// whose inputs did not move is taken over instead of rendered again, so an edit re-renders the pages it
/// reaches and no others. Equal inputs make an equal page, so the site is the one a full build makes.
/// </summary>
public sealed class ArticlePageCache
{
    /// <summary>By article id: the inputs a page was rendered from, and the page.</summary>
    private Dictionary<string, (ArticlePageInputs Inputs, SiteFile Page)> pages = new(StringComparer.Ordinal);
    /// <summary>Title and slug of every article of the last run: pages linking to one that changed must be re-rendered.</summary>
    private Dictionary<string, ArticleLink> links = new(StringComparer.Ordinal);
    private CompiledTheme? theme;

    /// <summary>How many pages the last run rendered; the rest were taken over.</summary>
    public int LastRenderedCount { get; private set; }

    /// <summary>Every article page of the edition, in reading order: taken over when unchanged, else made by <paramref name="render"/> (in parallel).</summary>
    /// <param name="render">Renders the page of the article at an index of the edition's reading order.</param>
    public IReadOnlyList<SiteFile> Pages(PageContext context, CompiledTheme withTheme, Func<int, SiteFile> render)
    {
        if (!ReferenceEquals(withTheme, theme)) pages = new(StringComparer.Ordinal);
        var edition = context.Edition;
        var frame = ArticlePageInputs.Frame(edition, context.Urls.Base, context.CanonicalOrigin);
        var list = edition.Articles;
        var newLinks = list.ToDictionary(a => a.Id, ArticlePageInputs.LinkOf, StringComparer.Ordinal);
        var relinked = links.Where(l => !newLinks.TryGetValue(l.Key, out var now) || now != l.Value).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var made = new (ArticlePageInputs Inputs, SiteFile Page)[list.Count];
        int rendered = 0;
        ParallelErrors.Unwrap(() => Parallel.For(0, list.Count, i =>
        {
            var inputs = ArticlePageInputs.Of(edition, i, frame, context.Figures);
            if (pages.TryGetValue(list[i].Id, out var old) && inputs.Same(old.Inputs, relinked))
            {
                made[i] = (inputs, old.Page);
                return;
            }
            made[i] = (inputs, render(i));
            Interlocked.Increment(ref rendered);
        }));

        var byId = new Dictionary<string, (ArticlePageInputs, SiteFile)>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++) byId[list[i].Id] = made[i];
        pages = byId;
        links = newLinks;
        theme = withTheme;
        LastRenderedCount = rendered;
        return made.Select(p => p.Page).ToList();
    }
}
