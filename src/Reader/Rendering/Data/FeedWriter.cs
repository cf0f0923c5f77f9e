using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Reader.Analysis;
using Reader.Rendering;

namespace Reader.Rendering.Data;

/// <summary>
/// feed.xml, Atom 1.0 through System.ServiceModel.Syndication. Dates come from the articles, never
/// from the clock, so the same input gives the same feed.
/// </summary>
public static class FeedWriter
{
    public static byte[] Write(Edition edition, SiteUrls urls, string origin)
    {
        var dates = edition.Articles.Where(a => a.Meta.Published is not null).Select(a => a.Meta.Published!.Value).ToList();
        var latest = dates.Count > 0 ? ToOffset(dates.Max()) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(edition.Title, edition.Description ?? "", new Uri(origin + urls.Home), origin + urls.Home, latest)
        {
            Items = edition.Articles.Select(a =>
            {
                var link = new Uri(origin + urls.Article(a));
                var item = new SyndicationItem(a.Meta.Title, a.Meta.Dek ?? "", link, link.ToString(),
                    a.Meta.Published is { } p ? ToOffset(p) : latest);
                if (a.Meta.Published is { } d) item.PublishDate = ToOffset(d);
                if (a.Meta.Outlet is { } outlet) item.Authors.Add(new SyndicationPerson { Name = outlet });
                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + urls.Base + "feed.xml")) { RelationshipType = "self" });
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return stream.ToArray();
    }

    private static DateTimeOffset ToOffset(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
