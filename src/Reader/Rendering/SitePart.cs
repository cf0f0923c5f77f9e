namespace Reader.Rendering;

/// <summary>
/// The two parts a site is rendered and published in, in this order. A folder build publishes only when
/// both are made; the preview serves <see cref="Pages"/> as soon as it is made, so the page being edited
/// reloads before the edition-wide pages and data, which every edit may change and which grow with the
/// edition. What each part holds is listed in <see cref="RenderPages"/>.
/// </summary>
public enum SitePart
{
    /// <summary>Article pages, the front page, the 404 page and the theme's assets.</summary>
    Pages,
    /// <summary>The sources page, the comparison pages, the digest of disagreements, the browse pages, the search page and index, claims.json, sitemap.xml and feed.xml.</summary>
    EditionWide,
}
