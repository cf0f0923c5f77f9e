using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Markdown.Claims;
using Reader.Parsing;

namespace Reader.Analysis;

/// <summary>The whole edition after the barrier: articles in reading order, sources, comparisons.</summary>
public sealed class Edition
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>
    /// In reading order. Setting them builds the lookups by id, once, before any page renders: pages render in
    /// parallel and look articles up, so no table may be built on first use.
    /// </summary>
    public required IReadOnlyList<Article> Articles
    {
        get => articles;
        init
        {
            articles = value;
            byId = value.ToDictionary(a => a.Id, StringComparer.Ordinal);
            claimsById = value
                .SelectMany(a => a.Annotations.Claims.Select(c => (a, c)))
                .ToDictionary(x => x.c.ClaimId, x => (x.a, x.c), StringComparer.Ordinal);
        }
    }
    public required SourceRegister Sources { get; init; }
    public required EditionComparison Comparison { get; init; }
    public required EditionConfig Config { get; init; }

    public int ClaimCount => Articles.Sum(a => a.Annotations.Claims.Count);

    private readonly IReadOnlyList<Article> articles = [];
    private readonly Dictionary<string, Article> byId = [];
    private readonly Dictionary<string, (Article Article, AnnotatedClaim Claim)> claimsById = [];

    /// <summary>A claim by its edition-wide id, with the article it stands in.</summary>
    public (Article Article, AnnotatedClaim Claim)? FindClaim(string claimId) =>
        claimsById.TryGetValue(claimId, out var found) ? found : null;

    public Article? Find(string articleId) => byId.GetValueOrDefault(articleId);
}
