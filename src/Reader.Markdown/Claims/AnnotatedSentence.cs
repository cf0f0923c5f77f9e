namespace Reader.Markdown.Claims;

/// <param name="Id">Page anchor from the sentence's words, "s-k7q2a" (<see cref="ContentAnchors"/>).</param>
/// <param name="Text">The sentence as a reader sees it (placeholders for code and links removed).</param>
public sealed record AnnotatedSentence(string Id, string Text);
