namespace Reader.Rendering.Views;

/// <summary>
/// The model of one page: the frame (<see cref="Site"/>), the page's own title and kind, and the
/// content model of its layout in <see cref="Content"/>. Templates see only these view records.
/// <see cref="Meta"/> is what the head says about the page to search engines and link previews (articles), or null.
/// </summary>
public sealed record PageView(SiteView Site, string PageTitle, string Kind, string? Description, object Content, PageMetaView? Meta = null);
