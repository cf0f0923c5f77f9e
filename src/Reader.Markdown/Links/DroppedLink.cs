namespace Reader.Markdown.Links;

/// <summary>A link or image whose URL was not allowed: the URL, what it was ("link", "image", "autolink") and its Markdown line (0-based).</summary>
public sealed record DroppedLink(string Url, string Kind, int Line);
