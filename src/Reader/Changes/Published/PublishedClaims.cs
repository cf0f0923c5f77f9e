namespace Reader.Changes.Published;

/// <summary>
/// A built site's claims.json read back: only what the next build compares and <c>reader check</c> verifies (the
/// excerpts, frames and sources are skipped). The shape is the README's; older builds lack the verdicts.
/// </summary>
public sealed class PublishedClaims
{
    public string? Edition { get; set; }
    public List<PublishedArticle>? Articles { get; set; }
    public List<PublishedClaim>? Claims { get; set; }
    public List<PublishedNotClaim>? NotClaims { get; set; }
    public List<PublishedVerdict>? Verdicts { get; set; }
}
