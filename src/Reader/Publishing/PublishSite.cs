using Reader.Analysis;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Stage 5, Publish: the edition's data files (claims.json, sitemap.xml, feed.xml) and the theme's assets.
/// A build writes them, with the pages, through a <see cref="SiteWriter"/> into a <see cref="StagingFolder"/>
/// that is swapped into place only when everything is written; the preview keeps them in memory.
/// </summary>
public sealed class PublishSite
{
    public IReadOnlyList<SiteFile> DataFiles(Edition edition, SiteUrls urls, string origin) =>
    [
        new SiteFile("claims.json", ClaimsJsonWriter.Write(edition, urls)),
        new SiteFile("sitemap.xml", SitemapWriter.Write(edition, urls, origin)),
        new SiteFile("feed.xml", FeedWriter.Write(edition, urls, origin)),
    ];

    /// <summary>The same data files as <see cref="DataFiles"/>, written as produced; claims.json is streamed.</summary>
    public void WriteDataFiles(Edition edition, SiteUrls urls, string origin, SiteWriter writer)
    {
        writer.Write("claims.json", stream => ClaimsJsonWriter.Write(edition, urls, stream));
        writer.Write(new SiteFile("sitemap.xml", SitemapWriter.Write(edition, urls, origin)));
        writer.Write(new SiteFile("feed.xml", FeedWriter.Write(edition, urls, origin)));
    }

    public static IEnumerable<SiteFile> Assets(string themeDirectory)
    {
        var assets = Path.Combine(themeDirectory, "assets");
        if (!Directory.Exists(assets)) yield break;
        foreach (var path in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new SiteFile("assets/" + Path.GetRelativePath(assets, path).Replace('\\', '/'), File.ReadAllBytes(path));
    }
}
