namespace Reader.Changes.Published;

/// <summary>A verdict as the build that wrote claims.json read it, with where it is written and what became of it.</summary>
public sealed class PublishedVerdict
{
    public string? Verdict { get; set; }
    public string? Claim { get; set; }
    public string? Other { get; set; }
    public string? Relation { get; set; }
    public string? Note { get; set; }
    public string? File { get; set; }
    public int Line { get; set; }
    public string? Status { get; set; }
}
