namespace Reader.Rendering.Views;

/// <summary>
/// "≠ Other reports give different figures for 2 of this article's figures: about 38,500 · 12%" — each
/// figure a link to its note. When none is contradicted, <see cref="Figures"/> is empty and the line says so (✓).
/// </summary>
public sealed record DifferenceLineView(string Glyph, string Lead, IReadOnlyList<LinkView> Figures, bool Differs)
{
    public bool HasFigures => Figures.Count > 0;
}
