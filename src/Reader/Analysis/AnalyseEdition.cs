using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Analysis;

/// <summary>
/// Stage 3, Analyse: the one corpus-wide barrier. Orders the articles, gives each a unique slug,
/// builds the sources register and compares every claim with the rest of the edition. Must stay
/// cheap (it re-runs on every preview edit): claims are compared through an index, never pairwise, and
/// in the preview only the claims an edit can have changed are searched again.
/// </summary>
public sealed class AnalyseEdition
{
    private readonly Func<IReadOnlyList<ArticleAnalysis>, EditionComparison> compare;

    /// <param name="compare">How the edition's claims are compared: a fresh <see cref="EditionComparer"/> by
    /// default; the preview passes an <see cref="IncrementalComparer"/>, which gives the same result.</param>
    public AnalyseEdition(Func<IReadOnlyList<ArticleAnalysis>, EditionComparison>? compare = null) =>
        this.compare = compare ?? new EditionComparer().Compare;

    public Edition Run(IReadOnlyList<Article> parsed, EditionConfig config, bool includeDrafts, Diagnostics diagnostics)
    {
        var articles = parsed
            .Where(a => includeDrafts || !a.Meta.Draft)
            .OrderBy(a => a.Meta.Order ?? int.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        AssignSlugs(articles);

        var sources = SourceRegister.Build(articles, config, diagnostics);
        var comparison = compare(articles.Select(a => a.Analysis).ToList());
        return new Edition
        {
            Title = config.Title ?? "Reader edition",
            Description = config.Description,
            Language = config.Language ?? "en",
            Articles = articles,
            Sources = sources,
            Comparison = comparison,
            Config = config,
        };
    }

    private static void AssignSlugs(List<Article> articles)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var slug = Slugs.From(article.Meta.Slug ?? article.Meta.Title);
            if (slug.Length == 0) slug = Slugs.From(article.Id);
            if (slug.Length == 0) slug = "article";
            var unique = slug;
            for (int n = 2; !used.Add(unique); n++) unique = $"{slug}-{n}";
            article.Slug = unique;
        }
    }
}
