using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>Publishes into memory: the whole site as a list of files, for tests and benchmarks. Writes nothing to disk.</summary>
public sealed class MemoryPublisher : ISitePublisher
{
    private readonly InMemorySite site = new();

    public IReadOnlyList<SiteFile> Files => site.Files;

    public ISiteSink Open(SitePart part) => site;

    public void Close(SitePart part) { }

    public void Commit() { }

    public TimeSpan WriteTime => TimeSpan.Zero;
}
