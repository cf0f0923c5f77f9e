using Reader.Parsing;

namespace Reader.Rendering.Browse;

/// <summary>
/// The articles of one outlet, month of publication or section. <see cref="Key"/> is the URL segment
/// ("kyodo-news", "2025-01"); <see cref="Title"/> is for readers ("Kyodo News", "January 2025").
/// </summary>
public sealed record BrowseGroup(BrowseKind Kind, string Key, string Title, IReadOnlyList<Article> Articles);
