namespace Reader.Changes.Published;

/// <summary>An article of claims.json; <see cref="Sentences"/> only where a build writes each sentence once per article.</summary>
public sealed class PublishedArticle
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Path { get; set; }
    public List<PublishedSentence>? Sentences { get; set; }
}
