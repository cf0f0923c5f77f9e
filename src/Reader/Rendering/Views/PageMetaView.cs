namespace Reader.Rendering.Views;

/// <summary>
/// A page's sharing metadata: its canonical absolute URL (null when no site URL is configured), Open Graph
/// properties, and JSON-LD that Reader serialised itself (every string escaped for a script element).
/// </summary>
public sealed record PageMetaView(string? Canonical, IReadOnlyList<MetaPropertyView> Properties, Theming.RenderedHtml JsonLd);
