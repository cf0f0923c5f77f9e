namespace Reader.Checking;

/// <summary>URLs of one XML file (sitemap or feed) plus the hosts it declares as the site's own.</summary>
/// <param name="Path">Site-relative path, e.g. "sitemap.xml".</param>
/// <param name="Urls">Links to check, in document order.</param>
/// <param name="OwnHosts">Hosts of sitemap &lt;loc&gt;s and the feed's rel="self" link.</param>
/// <param name="Error">Set when the file is not well-formed XML.</param>
internal sealed record XmlLinkSource(string Path, IReadOnlyList<XmlUrl> Urls, IReadOnlyList<string> OwnHosts, CheckFinding? Error);
