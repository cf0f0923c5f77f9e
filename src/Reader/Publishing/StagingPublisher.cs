using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Publishes into a folder: every file is written as it is rendered (a 10,000-article edition never sits in
/// memory as pages) into a <see cref="StagingFolder"/> beside the output folder — made when the first part
/// opens, so a build that fails earlier touches nothing — which replaces the output folder only at
/// <see cref="Commit"/>. Disposed without a commit, it removes the staging folder and leaves the output
/// exactly as it was.
/// </summary>
public sealed class StagingPublisher(string outputDirectory) : ISitePublisher, IDisposable
{
    private StagingFolder? staging;
    private SiteWriter? writer;

    public ISiteSink Open(SitePart part)
    {
        staging ??= new StagingFolder(outputDirectory);
        return writer ??= new SiteWriter(staging.Root);
    }

    public void Close(SitePart part) { }

    public void Commit() => (staging ?? throw new InvalidOperationException("nothing was published")).Commit();

    public TimeSpan WriteTime => writer?.WriteTime ?? TimeSpan.Zero;

    public void Dispose() => staging?.Dispose();
}
