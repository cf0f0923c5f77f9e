namespace Reader.Rendering.Views;

public sealed record SourcesView(IReadOnlyList<SourceView> Sources, int SourceCount, int CitationCount);

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

public sealed record CitationView(string ArticleTitle, string Href, string Sentence);

/// <param name="Letter">"a", "b", … (only shown when a source is cited more than once).</param>
/// <param name="Label">Accessible name: "Back to citation 2 in ‹article›".</param>
public sealed record BacklinkView(string Letter, string Href, string Label);
