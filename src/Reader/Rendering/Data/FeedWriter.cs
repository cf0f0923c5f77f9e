using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Reader.Analysis;
using Reader.Rendering;
using Reader.Rendering.Pages;

namespace Reader.Rendering.Data;

/// <summary>
/// feed.xml, Atom 1.0 through System.ServiceModel.Syndication: first an entry saying what changed since the last
/// build (<see cref="ChangesEntry"/>), then the <see cref="MaxEntries"/> most recent articles (as feeds do; the sitemap
/// and the browse pages list them all), each in full — the annotated body with its notes, as the page shows it — with
/// every link made absolute, so the notes' links work in a feed reader. Dates come from the articles, never from the
/// clock, so the same input gives the same feed.
/// </summary>
public static partial class FeedWriter
{
    /// <summary>A feed reader fetches the feed again and again: full text for every article of a large edition would be tens of MB.</summary>
    public const int MaxEntries = 50;

    /// <summary>Reading-order indexes of the articles the feed carries: newest first (undated ones after), then in reading order.</summary>
    public static IReadOnlyList<int> Entries(Edition edition) =>
        Enumerable.Range(0, edition.Articles.Count)
            .OrderByDescending(i => edition.Articles[i].Meta.Published ?? DateOnly.MinValue)
            .Take(MaxEntries)
            .ToList();

    /// <param name="body">The rendered body of the article at a reading-order index.</param>
    public static byte[] Write(Edition edition, SiteUrls urls, string origin, Func<int, string>? body = null)
    {
        var dates = edition.Articles.Where(a => a.Meta.Published is not null).Select(a => a.Meta.Published!.Value).ToList();
        var latest = dates.Count > 0 ? ToOffset(dates.Max()) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(edition.Title, edition.Description ?? "", new Uri(origin + urls.Home), origin + urls.Home, latest)
        {
            Items = Entries(edition).Select(i =>
            {
                var a = edition.Articles[i];
                var link = new Uri(origin + urls.Article(a));
                var item = new SyndicationItem(a.Meta.Title, a.Meta.Dek ?? "", link, link.ToString(),
                    a.Meta.Published is { } p ? ToOffset(p) : latest);
                if (a.Meta.Published is { } d) item.PublishDate = ToOffset(d);
                if (a.Meta.Outlet is { } outlet) item.Authors.Add(new SyndicationPerson { Name = outlet });
                if (body is not null)
                    item.Content = new TextSyndicationContent(Absolute(body(i), link), TextSyndicationContentKind.Html);
                return item;
            }).Prepend(ChangesEntry(edition, urls, origin, latest)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + urls.Base + "feed.xml")) { RelationshipType = "self" });
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return stream.ToArray();
    }

    /// <summary>
    /// Makes every relative link and image of a body absolute, resolved against the article's URL as a browser on
    /// the article's page resolves it ("#n-…", "/sources/#…", "other/", "../x.html"): a feed reader would resolve
    /// them against the feed's address instead. Reader writes every attribute of a body in double quotes,
    /// HTML-escaped; a value with a scheme is left as it is.
    /// </summary>
    public static string Absolute(string html, Uri articleUrl) =>
        LinkAttribute().Replace(html, m =>
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            if (HasScheme().IsMatch(url) || !Uri.TryCreate(articleUrl, url, out var absolute)) return m.Value;
            return $"{m.Groups["attr"].Value}=\"{WebUtility.HtmlEncode(absolute.AbsoluteUri)}\"";
        });

    [GeneratedRegex(@"(?<attr>\b(?:href|src))=""(?<url>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    // Tested on the text itself: on Unix, Uri reads "/path" as an absolute file: URI.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex HasScheme();

    /// <summary>Most changes an entry lists; the page has them all.</summary>
    private const int MaxChangesListed = 50;

    /// <summary>
    /// "What changed in this build": the summary line, and the changes as a list linking to where each figure now
    /// stands. Its id names this set of changes (<see cref="ChangesPageBuilder.Anchor"/>), so a feed reader shows it
    /// as new when the changes are.
    /// </summary>
    private static SyndicationItem ChangesEntry(Edition edition, SiteUrls urls, string origin, DateTimeOffset latest)
    {
        var changes = edition.Changes;
        var link = new Uri(origin + urls.Changes);
        var html = new StringBuilder("<p>").Append(WebUtility.HtmlEncode(changes.SummarySentence())).Append("</p>");
        var items = changes.FirstBuild ? [] : ChangeList.Sections(edition, urls).SelectMany(section => section.Items.Select(item => (section.Title, item))).ToList();
        if (items.Count > 0)
        {
            html.Append("<ul>");
            foreach (var (section, item) in items.Take(MaxChangesListed))
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(section)).Append(": ");
                if (item.Href is not null) html.Append("<a href=\"").Append(WebUtility.HtmlEncode(origin + item.Href)).Append("\">");
                html.Append(WebUtility.HtmlEncode(item.Text));
                if (item.Href is not null) html.Append("</a>");
                if (item.Article is not null) html.Append(" (").Append(WebUtility.HtmlEncode(item.Article)).Append(')');
                html.Append("</li>");
            }
            html.Append("</ul>");
            if (items.Count > MaxChangesListed)
                html.Append("<p>").Append(WebUtility.HtmlEncode($"and {items.Count - MaxChangesListed} more on the changes page")).Append("</p>");
        }
        var entry = new SyndicationItem("What changed in this build", SyndicationContent.CreateHtmlContent(html.ToString()), link,
            link + "#" + ChangesPageBuilder.Anchor(changes), latest)
        {
            Summary = new TextSyndicationContent(changes.SummarySentence()),
        };
        return entry;
    }

    private static DateTimeOffset ToOffset(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
