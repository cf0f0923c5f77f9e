using Markdig.Syntax.Inlines;

namespace Reader.Markdown.SourceMarkers;

/// <summary>
/// A source marker such as "[a1b2c3d4]" or "[a1b2c3d4, e5f6a7b8]": one node per bracket, holding
/// each cited source id (lower-cased) and, once annotated, each citation's page-unique anchor.
/// </summary>
public sealed class SourceMarkerInline : LeafInline
{
    public SourceMarkerInline(IReadOnlyList<string> sourceIds, string original)
    {
        SourceIds = sourceIds;
        Original = original;
    }

    /// <summary>The marker as written, brackets included, for when it must turn back into text.</summary>
    public string Original { get; }

    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>"cite-a1b2c3d4-2": the anchor of each citation, parallel to <see cref="SourceIds"/>.</summary>
    public string[] CitationAnchors { get; set; } = [];
}
