using Reader.Publishing;
using Reader.Rendering;

namespace Reader.Preview;

/// <summary>
/// Publishes the preview's site in memory, one part at a time: each part's files replace their old ones in
/// the served snapshot as soon as the part is rendered, while the other part's files of the last good build
/// are carried over until they are replaced. Between the two parts of a rebuild the previous edition-wide
/// pages and data are served, so the page being edited reloads first. A run that fails leaves the last
/// published snapshot as it was.
/// </summary>
public sealed class PreviewPublisher : ISitePublisher
{
    private InMemorySite? open;
    /// <summary>Paths the edition-wide part made last time: carried into the pages part's snapshot until replaced.</summary>
    private HashSet<string> editionWidePaths = new(StringComparer.Ordinal);

    /// <summary>The site as last published: null before the first part of the first good build.</summary>
    public SiteSnapshot? Last { get; private set; }

    /// <summary>After each part is published: the part, the site now served, and the paths whose bytes changed or that went away.</summary>
    public Action<SitePart, SiteSnapshot, IReadOnlyList<string>>? Published { get; set; }

    public ISiteSink Open(SitePart part) => open = new InMemorySite();

    public void Close(SitePart part)
    {
        var made = (open ?? throw new InvalidOperationException($"{part} was never opened")).Files;
        open = null;
        var last = Last;
        List<string> changed;
        if (part == SitePart.EditionWide)
        {
            var pages = last!.Files.Where(f => !editionWidePaths.Contains(f.Key)).Select(f => new SiteFile(f.Key, f.Value));
            changed = Swap(pages.Concat(made), keep: new HashSet<string>());
            editionWidePaths = made.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        }
        else
        {
            var carried = last is null ? [] : editionWidePaths.Where(last.Contains).Select(p => new SiteFile(p, last.Find(p)!));
            changed = Swap(made.Concat(carried), keep: editionWidePaths);
        }
        Published?.Invoke(part, Last!, changed);
    }

    public void Commit() { }

    public TimeSpan WriteTime => TimeSpan.Zero;

    /// <summary>Makes <paramref name="files"/> the served site; lists paths whose bytes changed or that went away (except <paramref name="keep"/>'s, carried over as they were).</summary>
    private List<string> Swap(IEnumerable<SiteFile> files, IReadOnlySet<string> keep)
    {
        var site = new SiteSnapshot(files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
        var changed = new List<string>();
        foreach (var (path, bytes) in site.Files)
            if (!keep.Contains(path) && (Last?.Find(path) is not { } old || !old.AsSpan().SequenceEqual(bytes))) changed.Add(path);
        if (Last is not null)
            foreach (var path in Last.Files.Keys)
                if (!site.Contains(path)) changed.Add(path);
        changed.Sort(StringComparer.Ordinal);
        Last = site;
        return changed;
    }
}
