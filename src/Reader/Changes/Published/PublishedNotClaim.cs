namespace Reader.Changes.Published;

/// <summary>A figure the editors ruled is not a claim.</summary>
public sealed class PublishedNotClaim
{
    public string? Id { get; set; }
    public string? Article { get; set; }
    public string? Text { get; set; }
    public string? SentenceAnchor { get; set; }
    public string? Note { get; set; }
}
