namespace Reader.Claims.Comparison;

/// <summary>An article's sentence that speaks of a subject with no figure.</summary>
public sealed record SubjectMention(string ArticleId, string SentenceId, string Excerpt);
