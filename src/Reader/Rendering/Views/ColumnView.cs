namespace Reader.Rendering.Views;

public sealed record ColumnView(string Title, string Short, string Href, string? Published);
