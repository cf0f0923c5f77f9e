using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Publishes into a folder: every file is written as it is rendered (a 10,000-article edition never sits in
/// memory as pages) into a <see cref="StagingFolder"/> beside the output folder — made when the first part
/// opens, so a build that fails earlier touches nothing — which replaces the output folder only at
/// <see cref="Commit"/>, marked as a Reader build. Disposed without a commit, it removes the staging folder and leaves the output
/// exactly as it was.
/// </summary>
public sealed class StagingPublisher(string outputDirectory) : ISitePublisher, IDisposable
{
    private StagingFolder? staging;
    private SiteWriter? writer;

    public ISiteSink Open(SitePart part)
    {
        staging ??= Guarded(() => new StagingFolder(outputDirectory));
        return writer ??= new SiteWriter(staging.Root, outputDirectory);
    }

    public void Close(SitePart part) { }

    /// <summary>Marks the staged site as a Reader build (<see cref="OutputFolder"/>), then swaps it in.</summary>
    public void Commit()
    {
        var complete = staging ?? throw new InvalidOperationException("nothing was published");
        Guarded(() =>
        {
            File.WriteAllText(Path.Combine(complete.Root, OutputFolder.MarkerName), OutputFolder.MarkerText);
            complete.Commit();
            return complete;
        });
    }

    private T Guarded<T>(Func<T> step)
    {
        try { return step(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new OutputException(outputDirectory, e.Message, e); }
    }

    public TimeSpan WriteTime => writer?.WriteTime ?? TimeSpan.Zero;

    public void Dispose() => staging?.Dispose();
}
