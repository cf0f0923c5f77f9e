using Reader.Analysis;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Stage 5, Publish: writes pages, theme assets, claims.json, sitemap.xml and feed.xml into a staging
/// folder, then swaps it into place. Nothing is written to the output folder until everything is ready.
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

    public void Run(IEnumerable<SiteFile> files, string outputDirectory)
    {
        using var staging = new StagingFolder(outputDirectory);
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(staging.Root, file.Path);
            var dir = Path.GetDirectoryName(path)!;
            if (created.TryAdd(dir, true)) Directory.CreateDirectory(dir);
            File.WriteAllBytes(path, file.Content);
        });
        staging.Commit();
    }
}
