namespace Reader.Changes.Published;

public sealed class PublishedComparison
{
    public string? Relation { get; set; }
    public string? Article { get; set; }
    public string? Claim { get; set; }
    public string? SentenceAnchor { get; set; }
    public string? Verdict { get; set; }
}
