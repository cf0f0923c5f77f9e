using Reader.Pipeline;
using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>
/// Stage 5, Publish: where the rendered site goes. The pipeline opens a sink for each part of the site
/// (<see cref="SitePart"/>), renders the part into it and closes it; after the last part it commits. A folder
/// build stages every file and swaps the folder in at <see cref="Commit"/>; an in-memory build keeps the
/// files; the preview serves each part as soon as it is closed.
/// </summary>
public interface ISitePublisher
{
    ISiteSink Open(SitePart part);

    /// <summary>Every file of <paramref name="part"/> is in its sink.</summary>
    void Close(SitePart part);

    /// <summary>Every part is closed: the site is complete.</summary>
    void Commit();

    /// <summary>Time the sinks spent writing, summed over threads: a folder build's writes overlap rendering.</summary>
    TimeSpan WriteTime { get; }
}
