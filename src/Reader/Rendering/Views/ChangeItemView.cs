namespace Reader.Rendering.Views;

/// <param name="Text">The change in words: "about 12,500 → about 13,000", "rejected: “…” and “…”".</param>
/// <param name="Href">Where the figure now stands, or null when it is gone.</param>
/// <param name="Article">The article (or articles) it is in.</param>
/// <param name="Note">The editors' note on a verdict, or null.</param>
public sealed record ChangeItemView(string Text, string? Href, string? Article, string? Note);
