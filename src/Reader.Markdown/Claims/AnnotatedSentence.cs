namespace Reader.Markdown.Claims;

/// <param name="Id">Page anchor, "s{paragraph}-{sentence}".</param>
/// <param name="Text">The sentence as a reader sees it (placeholders for code and links removed).</param>
public sealed record AnnotatedSentence(string Id, string Text);
