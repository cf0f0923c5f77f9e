namespace Reader.Markdown.Claims;

/// <summary>What annotating one article found: its sentences, claims and citations, with their anchors.</summary>
public sealed class ArticleAnnotations
{
    public List<AnnotatedSentence> Sentences { get; } = [];
    public List<AnnotatedClaim> Claims { get; } = [];
    public List<AnnotatedCitation> Citations { get; } = [];
    /// <summary>
    /// The 0-based Markdown line of the paragraph where <see cref="AnnotationLimits.MaxClaimsPerArticle"/> was reached
    /// and figures began to be left unannotated; null when every figure was annotated.
    /// </summary>
    public int? ClaimLimitLine { get; set; }
}
