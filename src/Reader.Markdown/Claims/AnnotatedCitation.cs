namespace Reader.Markdown.Claims;

/// <param name="SourceId">The marker id, lower-case.</param>
/// <param name="Anchor">"cite-{id}-{n}", unique on the page.</param>
/// <param name="Line">0-based line of the marker in the Markdown text.</param>
public sealed record AnnotatedCitation(string SourceId, string Anchor, string SentenceId, string Sentence, int Line);
