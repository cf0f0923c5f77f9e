using System.Globalization;
using Reader.Markdown.Rendering;
using Reader.Parsing;
using Reader.Rendering.Browse;
using Reader.Rendering.Views;
using Reader.Theming;

namespace Reader.Rendering.Pages;

/// <summary>An article page: Markdig renders the annotated body (our renderers read the edition), the theme frames it.</summary>
/// <param name="bodies">Where each rendered body is kept for the feed, or null.</param>
public sealed class ArticlePageBuilder(PageContext context, ArticleBodies? bodies = null)
{
    private readonly EditionResolver resolver = new(context.Edition, context.Urls, context.Figures);

    /// <summary>The page of the article at <paramref name="index"/> in the edition's order, linked to its neighbours.</summary>
    public SiteFile Build(IReadOnlyList<Article> articles, int index) =>
        Build(articles[index], index > 0 ? articles[index - 1] : null, index + 1 < articles.Count ? articles[index + 1] : null, index);

    public SiteFile Build(Article article, Article? previous, Article? next, int index = -1)
    {
        var meta = article.Meta;
        var body = RenderBody(article);
        if (index >= 0) bodies?.Set(index, body);
        int claims = context.Edition.ClaimsOf(article).Count;
        var view = new ArticleView(
            meta.Title,
            meta.Dek,
            meta.Published is { } p ? DateFormat.Long(p) : null,
            meta.Published is { } q ? DateFormat.Iso(q) : null,
            meta.Section,
            meta.Outlet,
            meta.Url,
            new RenderedHtml(body),
            claims,
            article.Annotations.Citations.Count,
            Counts(claims, article.Annotations.Citations.Count),
            previous is null ? null : new LinkView(previous.Meta.Title, context.Urls.Article(previous)),
            next is null ? null : new LinkView(next.Meta.Title, context.Urls.Article(next)),
            meta.TitleDerived,
            DifferenceLine(article),
            Browse(BrowseKind.Outlet, article),
            Browse(BrowseKind.Section, article),
            Browse(BrowseKind.Month, article));
        var html = context.Page("article", meta.Title, "article", meta.Dek, view, Sharing.ArticleSharing.Of(context, article));
        return SiteFile.Text(SiteUrls.ArticleFile(article), html);
    }

    private string? Browse(BrowseKind kind, Article article) =>
        BrowseCatalogue.KeyOf(kind, article) is { } key ? context.Urls.BrowseGroup(kind, key) : null;

    /// <summary>
    /// The article's opening line on where reports differ: its figures another article contradicts, each a link
    /// to its note; null when none of its figures meets another article's.
    /// </summary>
    private DifferenceLineView? DifferenceLine(Article article)
    {
        var comparison = context.Edition.Comparison;
        var compared = context.Edition.ClaimsOf(article).Where(c => comparison.For(c.ClaimId).Total > 0).ToList();
        if (compared.Count == 0) return null;
        var differing = compared.Where(c => comparison.For(c.ClaimId).DifferCount > 0)
            .Select(c => new LinkView(c.Claim.Text, "#" + c.NoteAnchor)).ToList();
        if (differing.Count == 0)
            return new DifferenceLineView("✓", compared.Count == 1
                ? "No other report contradicts the one figure compared here."
                : string.Create(CultureInfo.InvariantCulture, $"No other report contradicts the {compared.Count:N0} figures compared here."), [], false);
        return new DifferenceLineView("≠", compared.Count == 1
            ? "Reports differ on the one figure compared here:"
            : string.Create(CultureInfo.InvariantCulture, $"Reports differ on {differing.Count:N0} of the {compared.Count:N0} figures compared here:"), differing, true);
    }

    public string RenderBody(Article article)
    {
        // A renderer per page, carrying the edition's answers: pages render in parallel, and the parsed
        // document (kept by the preview between rebuilds) holds nothing of any one render.
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new AnnotatedHtmlRenderer(writer, resolver);
        ReaderMarkdown.Pipeline.Setup(renderer);
        renderer.Render(article.Document);
        writer.Flush();
        return writer.ToString();
    }

    public static string Counts(int claims, int citations) =>
        string.Create(CultureInfo.InvariantCulture, $"{claims} {(claims == 1 ? "claim" : "claims")} · {citations} {(citations == 1 ? "citation" : "citations")}");
}
