namespace Reader.Rendering.Views;

/// <param name="State">"figure", "mentioned" or "empty".</param>
/// <param name="Glyph">"≠" where this figure differs from another of the row, "✓" where all agree.</param>
public sealed record CellView(string State, string? Text, string? Href, string? Glyph, string? GlyphLabel, string? Article);
