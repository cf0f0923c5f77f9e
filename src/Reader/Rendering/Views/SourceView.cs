namespace Reader.Rendering.Views;

/// <summary>One register entry; <see cref="Backlinks"/> are the "^ a b c" links, one per citation.</summary>
public sealed record SourceView(
    string Anchor,
    int Number,
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    string? Note,
    bool InRegister,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<BacklinkView> Backlinks)
{
    public bool HasCitations => Citations.Count > 0;
}
