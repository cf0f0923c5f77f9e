using System.Diagnostics.CodeAnalysis;
using Reader.Claims.Comparison;
using Reader.Changes;
using Reader.Input;
using Reader.Markdown.Claims;
using Reader.Parsing;
using Reader.Verdicts;

namespace Reader.Analysis;

/// <summary>
/// The whole edition after the barrier: articles in reading order, sources, comparisons — and, once
/// <see cref="ApplyVerdicts"/> has run, the comparisons as the editors' verdicts leave them.
/// </summary>
public sealed class Edition
{
    public Edition() { }

    /// <summary>A copy for a later stage to add to: the same articles and their lookups, built once.</summary>
    // Articles is set through its fields, so its lookups are shared instead of built again; the compiler sees no set.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    private Edition(Edition from)
#pragma warning restore CS8618
    {
        Title = from.Title;
        Description = from.Description;
        Language = from.Language;
        articles = from.articles;
        byId = from.byId;
        claimsById = from.claimsById;
        Sources = from.Sources;
        Config = from.Config;
        Comparison = from.Comparison;
        Verdicts = from.Verdicts;
        Changes = from.Changes;
    }

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
    /// <summary>The editors' verdicts as they were applied; none until <see cref="ApplyVerdicts"/> has run.</summary>
    public EditorVerdicts Verdicts { get; init; } = EditorVerdicts.None;
    /// <summary>What changed since the build in the output folder; a first build until <see cref="Changes.CompareWithPrevious"/> has run.</summary>
    public EditionChanges Changes { get; init; } = EditionChanges.First;

    /// <summary>Claims the pages show: every claim but the figures the editors ruled are not claims.</summary>
    public int ClaimCount => Articles.Sum(a => ClaimsOf(a).Count);

    /// <summary>The article's claims as its page shows them, in order: without the figures the editors ruled are not claims.</summary>
    public IReadOnlyList<AnnotatedClaim> ClaimsOf(Article article) =>
        Verdicts.HasNotClaims ? article.Annotations.Claims.Where(c => !Verdicts.IsNotAClaim(c.ClaimId)).ToList() : article.Annotations.Claims;

    /// <summary>
    /// The number a claim's note shows: its place among the claims the page shows. Null for a figure the editors
    /// ruled is not a claim, which gets no note.
    /// </summary>
    public int? NoteNumber(string claimId, int number) => Verdicts.NoteNumber(claimId, number);

    public Edition WithVerdicts(EditionComparison comparison, EditorVerdicts verdicts) => new(this) { Comparison = comparison, Verdicts = verdicts };

    public Edition WithChanges(EditionChanges changes) => new(this) { Changes = changes };

    private readonly IReadOnlyList<Article> articles = [];
    private readonly Dictionary<string, Article> byId = [];
    private readonly Dictionary<string, (Article Article, AnnotatedClaim Claim)> claimsById = [];

    /// <summary>A claim by its edition-wide id, with the article it stands in.</summary>
    public (Article Article, AnnotatedClaim Claim)? FindClaim(string claimId) =>
        claimsById.TryGetValue(claimId, out var found) ? found : null;

    public Article? Find(string articleId) => byId.GetValueOrDefault(articleId);
}
