namespace Reader.Rendering.Views;

public sealed record SourcesView(IReadOnlyList<SourceView> Sources, int SourceCount, int CitationCount);
