namespace Reader.Markdown.Claims;

/// <summary>
/// Bounds that keep annotating — and everything after it: comparison, notes, claims.json — linear in the size of
/// an article, whatever its shape. Real news text stays far below each (the news corpora: sentences up to 1,860
/// characters, at most 57 figures an article, paragraphs up to 3,201 characters), so they change nothing there.
/// </summary>
public sealed record AnnotationLimits
{
    /// <summary>A longer run of text without a full stop is cut into windows of at most this many characters, at spaces: each is a sentence.</summary>
    public int MaxSentenceLength { get; init; } = 2_000;

    /// <summary>Figures annotated in one article; those after it stay plain text. The comparison of one article's claims costs their square.</summary>
    public int MaxClaimsPerArticle { get; init; } = 1_000;

    /// <summary>A longer paragraph is handed to the claim extractor in pieces of at most this many characters, cut between sentences.</summary>
    public int MaxExtractionLength { get; init; } = 10_000;

    public static AnnotationLimits Default { get; } = new();
}
