namespace Reader.Rendering.Views;

/// <summary>A subject on the search page: its label and kind, its row on the comparison pages, and its verdict in a glyph and words.</summary>
public sealed record SearchSubjectView(string Label, string Kind, string Href, string Glyph, string Verdict);
