using System.Globalization;
using Reader.Markdown.Rendering;
using Reader.Parsing;
using Reader.Rendering.Views;
using Reader.Theming;

namespace Reader.Rendering.Pages;

/// <summary>An article page: Markdig renders the annotated body (our renderers read the edition), the theme frames it.</summary>
public sealed class ArticlePageBuilder(PageContext context)
{
    private readonly EditionResolver resolver = new(context.Edition, context.Urls);

    /// <summary>The page of the article at <paramref name="index"/> in the edition's order, linked to its neighbours.</summary>
    public SiteFile Build(IReadOnlyList<Article> articles, int index) =>
        Build(articles[index], index > 0 ? articles[index - 1] : null, index + 1 < articles.Count ? articles[index + 1] : null);

    public SiteFile Build(Article article, Article? previous, Article? next)
    {
        var meta = article.Meta;
        int claims = context.Edition.ClaimsOf(article).Count;
        var view = new ArticleView(
            meta.Title,
            meta.Dek,
            meta.Published is { } p ? DateFormat.Long(p) : null,
            meta.Published is { } q ? DateFormat.Iso(q) : null,
            meta.Section,
            meta.Outlet,
            meta.Url,
            new RenderedHtml(RenderBody(article)),
            claims,
            article.Annotations.Citations.Count,
            Counts(claims, article.Annotations.Citations.Count),
            previous is null ? null : new LinkView(previous.Meta.Title, context.Urls.Article(previous)),
            next is null ? null : new LinkView(next.Meta.Title, context.Urls.Article(next)),
            meta.TitleDerived);
        var html = context.Page("article", meta.Title, "article", meta.Dek, view);
        return SiteFile.Text(SiteUrls.ArticleFile(article), html);
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
