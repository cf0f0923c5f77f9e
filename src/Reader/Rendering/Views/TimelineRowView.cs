namespace Reader.Rendering.Views;

/// <summary>A row of a timeline's table: the date, the article and its figure, linked to the figure's note.</summary>
public sealed record TimelineRowView(string Published, string PublishedIso, string Article, string Href, string Figure, string Value);
