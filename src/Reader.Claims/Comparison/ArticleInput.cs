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

/// <summary>A sentence with its stable page anchor (e.g. "s3-2").</summary>
public sealed record SentenceInput(string SentenceId, string Text);

/// <summary>A claim with its edition-wide id (e.g. "003_ab-c4") and the anchor of its sentence.</summary>
public sealed record ClaimInput(string ClaimId, string SentenceId, Claim Claim);
