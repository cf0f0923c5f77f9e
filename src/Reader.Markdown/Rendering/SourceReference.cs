namespace Reader.Markdown.Rendering;

/// <summary>A source as a citation link shows it: its register entry's URL, its number and title.</summary>
public sealed record SourceReference(string Href, int Number, string Title);
