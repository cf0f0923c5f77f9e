using Markdig.Syntax;
using Reader.Claims.Comparison;
using Reader.Markdown.Claims;

namespace Reader.Parsing;

/// <summary>A parsed, annotated article: what the Analyse barrier collects and the Render stage prints.</summary>
public sealed class Article
{
    /// <summary>File name without extension: the id used in claims.json and claim ids.</summary>
    public required string Id { get; init; }
    /// <summary>The file, relative to the input folder ("seeds/…" in messages).</summary>
    public required string SourcePath { get; init; }
    public required ArticleMetadata Meta { get; init; }
    /// <summary>
    /// The annotated Markdig tree. Settable only so a one-shot build can let it go once the page is written
    /// (<see cref="ReleaseDocument"/>); the preview keeps it.
    /// </summary>
    public required MarkdownDocument Document { get; set; }
    public required ArticleAnnotations Annotations { get; init; }
    /// <summary>
    /// The per-article half of the cross-article comparison, done in the parallel Parse stage. Settable only so
    /// a one-shot build can let it go after Analyse (<see cref="ReleaseAfterAnalysis"/>); the preview keeps it.
    /// </summary>
    public required ArticleAnalysis Analysis { get; set; }
    public required ArticleDraft Draft { get; set; }
    /// <summary>Set by Analyse: unique URL segment, "articles/{Slug}/".</summary>
    public string Slug { get; set; } = "";

    /// <summary>
    /// Drops what only Parse and Analyse need — the comparison analysis and the Markdown text — once the
    /// edition is analysed: at 10,000 articles that is a few hundred MB a one-shot build need not hold.
    /// </summary>
    public void ReleaseAfterAnalysis()
    {
        Analysis = ArticleAnalysis.Of(new ArticleInput(Id, Meta.Published, [], []));
        Draft = Draft with { Markdown = "" };
    }

    /// <summary>Drops the tree (the largest part of an article in memory) after its page is rendered.</summary>
    public void ReleaseDocument() => Document = new MarkdownDocument();
}
