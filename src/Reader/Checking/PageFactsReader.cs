using AngleSharp.Html.Parser;

namespace Reader.Checking;

/// <summary>Parses one HTML file and extracts its <see cref="PageFacts"/>.</summary>
internal sealed class PageFactsReader
{
    private readonly SiteUrlResolver _resolver;

    public PageFactsReader(SiteUrlResolver resolver) => _resolver = resolver;

    /// <param name="parser">Not thread-safe; the caller gives each thread its own.</param>
    public PageFacts Read(HtmlParser parser, string siteRoot, string sitePath)
    {
        var source = File.ReadAllText(System.IO.Path.Combine(siteRoot, sitePath));
        using var document = parser.ParseDocument(source);

        // Only the first <base> with an href counts, per the HTML spec.
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var documentBase = SiteUrlResolver.DocumentBase(_resolver.PageUri(sitePath), baseHref);
        ResolvedUrl Resolve(string url) => _resolver.Resolve(documentBase, url);

        var (links, references) = LinkCollector.Collect(document, Resolve);
        var local = DocumentBasicsRule.Check(document, sitePath)
            .Concat(DuplicateIdRule.Check(document, sitePath))
            .Concat(DpubRoleRule.Check(document, sitePath))
            .ToList();

        return new PageFacts
        {
            Path = sitePath,
            Anchors = NoteIndexBuilder.Anchors(document).Select(a => a.Anchor).ToHashSet(StringComparer.Ordinal),
            Links = links,
            References = references,
            Notes = NoteIndexBuilder.Build(document, Resolve),
            LocalFindings = local,
        };
    }
}
