namespace Reader.Changes.Published;

public sealed class PublishedSentence
{
    public string? Anchor { get; set; }
    public string? Text { get; set; }
}
