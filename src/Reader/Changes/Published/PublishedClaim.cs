namespace Reader.Changes.Published;

/// <summary>A claim of claims.json: its sentence inline (<see cref="Sentence"/>) or by anchor in its article's sentences.</summary>
public sealed class PublishedClaim
{
    public string? Id { get; set; }
    public string? Article { get; set; }
    public string? Text { get; set; }
    public string? Sentence { get; set; }
    public string? SentenceAnchor { get; set; }
    public string? Kind { get; set; }
    public string? Normalised { get; set; }
    public string? Subject { get; set; }
    public List<PublishedComparison>? Comparisons { get; set; }
}
