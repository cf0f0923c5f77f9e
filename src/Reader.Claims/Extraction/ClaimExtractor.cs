using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Finds numeric claims in prose. Thread-safe and reusable: build one and share it.
/// Source markers ("[cb58fcc8]"), URLs and U+FFFC placeholders (which callers put where code or
/// other non-prose inlines stood) never yield claims.
/// </summary>
public sealed class ClaimExtractor
{
    /// <param name="text">A paragraph or a whole text.</param>
    /// <param name="published">The article's publication date: resolves relative dates and supplies missing years.</param>
    public IReadOnlyList<Claim> Extract(string text, DateOnly? published = null)
    {
        // TODO(claims-extraction): the real extractor.
        _ = published;
        return [];
    }
}
