using Reader.Claims.Comparison;
using Reader.Claims.Extraction;
using Reader.Claims.Text;
using Reader.Input;
using Reader.Links;
using Reader.Markdown.Links;
using Reader.Markdown.Claims;
using Reader.Pipeline;

namespace Reader.Parsing;

/// <summary>
/// Stage 2, Parse: per article and in parallel — header (front matter or dateline block) to metadata,
/// plain text to Markdown, Markdig parse, links and images with unsafe URLs taken out (<see cref="LinkPolicy"/>),
/// then sentences, claims and citations marked in the tree.
/// An article that cannot be read is reported (file and line) and left out; the build then fails.
/// </summary>
/// <param name="cache">Articles parsed by an earlier run, reused while their text and overrides are unchanged (the preview keeps one).</param>
public sealed class ParseArticles(ParsedArticleCache? cache = null)
{
    private readonly ClaimAnnotator annotator = new(new ClaimExtractor());

    /// <summary>The articles of the loaded files, in id order.</summary>
    public IReadOnlyList<Article> Run(LoadedInput input, Diagnostics diagnostics)
    {
        // One run's pool: the articles parsed together share their term strings, and the pool goes with the run.
        var terms = new TermPool();
        return (cache ?? new ParsedArticleCache()).Update(input, diagnostics, (file, own) => Parse(file, input.Config, own, terms));
    }

    /// <param name="terms">Shares term strings among the articles parsed in one run; dropped with the run.</param>
    public Article Parse(SourceFile file, EditionConfig config, Diagnostics diagnostics, TermPool terms)
    {
        var draft = file.IsMarkdown
            ? MarkdownFileReader.Read(file.Text, file.RelativePath, diagnostics)
            : PlainTextReader.Read(file.Text);
        var overrides = config.Articles.GetValueOrDefault(file.Id);

        var published = ReadDate(overrides?.Published, LoadSources.ConfigName, null, diagnostics)
            ?? ReadDate(draft.Published, file.RelativePath, draft.PublishedLine, diagnostics);

        var document = ParseMarkdown(draft, file.RelativePath);
        foreach (var link in UnsafeLinkRemover.Remove(document, LinkPolicy.IsAllowed))
            diagnostics.Warn(file.RelativePath, draft.SourceLineOf(link.Line), $"{link.Kind} to {Quoted.Text(link.Url)} dropped (its text kept): {LinkPolicy.Rule}");
        var annotations = annotator.Annotate(document, file.Id, published);
        if (annotations.ClaimLimitLine is { } limitLine)
            diagnostics.Warn(file.RelativePath, draft.SourceLineOf(limitLine),
                $"more than {AnnotationLimits.Default.MaxClaimsPerArticle:N0} figures in one article: from this paragraph on, figures are left as plain text, without notes");

        var title = Clean(overrides?.Title) ?? Clean(draft.Title);
        var meta = new ArticleMetadata
        {
            Title = title ?? TitleDeriver.FromLead(annotations.Sentences.FirstOrDefault()?.Text ?? file.Id),
            TitleDerived = title is null,
            Dek = Clean(overrides?.Dek) ?? Clean(draft.Dek),
            Published = published,
            Retrieved = draft.Retrieved,
            Section = Clean(draft.Section),
            Outlet = Clean(overrides?.Outlet) ?? Clean(draft.Outlet),
            Url = Clean(overrides?.Url) ?? Clean(draft.Url),
            Slug = Clean(draft.Slug),
            Order = overrides?.Order,
            Draft = draft.Draft,
        };
        return new Article
        {
            Id = file.Id,
            SourcePath = file.RelativePath,
            Meta = meta,
            Document = document,
            Annotations = annotations,
            Analysis = ArticleAnalysis.Of(ComparisonInput(file.Id, published, annotations), terms),
            Draft = draft,
        };
    }

    /// <summary>
    /// Lists and block quotes nested deeper than <see cref="MarkdownNesting.MaxDepth"/> are refused before Markdig reads
    /// them (its time grows with the square of the depth); Markdig refuses inlines nested beyond its own limit. Both
    /// are bad input, reported as such.
    /// </summary>
    private static Markdig.Syntax.MarkdownDocument ParseMarkdown(ArticleDraft draft, string file)
    {
        if (MarkdownNesting.FirstTooDeep(draft.Markdown) is { } deep)
            throw new InputException(file, draft.SourceLineOf(deep.Line),
                $"lists or block quotes nested {deep.Depth} levels deep: Reader reads at most {MarkdownNesting.MaxDepth}");
        try
        {
            return Markdig.Markdown.Parse(draft.Markdown, ReaderMarkdown.Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(file, null, "Markdown nested too deeply to read (unbalanced brackets or emphasis?): " + e.Message);
        }
    }

    private static ArticleInput ComparisonInput(string id, DateOnly? published, ArticleAnnotations annotations) => new(
        id,
        published,
        annotations.Sentences.Select(s => new SentenceInput(s.Id, s.Text)).ToList(),
        annotations.Claims.Select(c => new ClaimInput(c.ClaimId, c.SentenceId, c.Claim)).ToList());

    private static DateOnly? ReadDate(string? text, string file, int? line, Diagnostics diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var date = DateText.Parse(text);
        if (date is null) diagnostics.Warn(file, line, $"cannot read \"{text}\" as a date (use 2024-03-04 or 4 March 2024)");
        return date;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
