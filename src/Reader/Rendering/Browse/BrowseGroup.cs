using Reader.Parsing;

namespace Reader.Rendering.Browse;

/// <summary>
/// The articles of one outlet, month of publication or section. <see cref="Key"/> is the URL segment
/// ("harbour-gazette", "2024-03"); <see cref="Title"/> is for readers ("Harbour Gazette", "March 2024").
/// </summary>
public sealed record BrowseGroup(BrowseKind Kind, string Key, string Title, IReadOnlyList<Article> Articles);
