namespace Reader.Rendering.Views;

public sealed record LinkView(string Title, string Href);
