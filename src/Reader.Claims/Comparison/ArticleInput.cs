using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>One article as the comparison sees it: its claims and every sentence (for mentions).</summary>
/// <param name="ArticleId">Stable id (file name without extension).</param>
/// <param name="Published">Publication date, used to order reports ("an earlier report, on Mar 4, …").</param>
/// <param name="Sentences">Every sentence of the article body, in order.</param>
/// <param name="Claims">Every claim of the article, in order.</param>
public sealed record ArticleInput(
    string ArticleId,
    DateOnly? Published,
    IReadOnlyList<SentenceInput> Sentences,
    IReadOnlyList<ClaimInput> Claims);
