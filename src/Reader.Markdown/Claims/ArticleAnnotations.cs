namespace Reader.Markdown.Claims;

/// <summary>What annotating one article found: its sentences, claims and citations, with their anchors.</summary>
public sealed class ArticleAnnotations
{
    public List<AnnotatedSentence> Sentences { get; } = [];
    public List<AnnotatedClaim> Claims { get; } = [];
    public List<AnnotatedCitation> Citations { get; } = [];
}
