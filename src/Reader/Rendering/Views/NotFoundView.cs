namespace Reader.Rendering.Views;

public sealed record NotFoundView(string HomeHref);
