using AngleSharp.Html.Parser;
using Reader.Pipeline;

namespace Reader.Checking;

/// <summary>
/// Checks a generated site folder the way a reader's browser will meet it: links and fragments
/// resolve, notes and citations round-trip, ids are unique, DPUB roles are current, and every
/// page has lang, title and a single h1, and no link or source uses a scheme outside <see cref="Links.LinkPolicy"/>.
/// A folder without a single page is a finding too. Zero findings means the site passes.
/// </summary>
public sealed class SiteChecker
{
    private readonly CheckOptions _options;

    public SiteChecker(CheckOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Findings ordered by file path, then by position in the file.</summary>
    /// <exception cref="DirectoryNotFoundException">The site folder does not exist.</exception>
    public IReadOnlyList<CheckFinding> Check(string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Site folder not found: {root}");

        var files = SiteFiles.Scan(root);
        var xmlSources = XmlLinkReader.KnownFiles.Where(files.Contains).Select(p => XmlLinkReader.Read(root, p)).ToList();
        var ownHosts = xmlSources.SelectMany(s => s.OwnHosts).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var resolver = new SiteUrlResolver(_options.BaseUrl, ownHosts);

        var pages = ReadPages(root, files, resolver);
        // An empty or wrong folder must not pass as a site with nothing wrong in it.
        if (pages.Length == 0)
            return [new CheckFinding(".", "", CheckRules.NoPages, "the folder has no HTML page: is it a built site?")];
        var site = new SiteIndex(files, pages, resolver.BaseUrl);

        var byFile = new List<(string Path, IEnumerable<CheckFinding> Findings)>();
        foreach (var page in pages)
            byFile.Add((page.Path, page.LocalFindings
                .Concat(LinkChecker.Check(page.Path, page.Links, site))
                .Concat(NoteReferenceChecker.Check(page, site))));
        foreach (var source in xmlSources)
            byFile.Add((source.Path, source.Error is { } error ? [error] : XmlLinkFindings(source, resolver, site)));

        return byFile.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Findings).ToList();
    }

    // Parsing dominates the run time, so pages are parsed in parallel with one parser per
    // thread (HtmlParser is not thread-safe); results land by index to keep output deterministic.
    private static PageFacts[] ReadPages(string root, SiteFiles files, SiteUrlResolver resolver)
    {
        var paths = files.All.Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToArray();
        var pages = new PageFacts[paths.Length];
        var reader = new PageFactsReader(resolver);
        ParallelErrors.Unwrap(() => Parallel.For(0, paths.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new HtmlParser(),
            (i, _, parser) => { pages[i] = reader.Read(parser, root, paths[i]); return parser; },
            _ => { }));
        return pages;
    }

    private static IEnumerable<CheckFinding> XmlLinkFindings(XmlLinkSource source, SiteUrlResolver resolver, SiteIndex site)
    {
        var documentBase = resolver.PageUri(source.Path);
        var links = source.Urls.Select(u => new PageLink(u.Element, resolver.Resolve(documentBase, u.Url)));
        return LinkChecker.Check(source.Path, links, site);
    }
}
