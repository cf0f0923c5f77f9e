namespace Reader.Checking;

/// <summary>A URL found in sitemap.xml or feed.xml, with the element it came from.</summary>
internal sealed record XmlUrl(string Element, string Url);
