using Reader.Rendering;

namespace Reader.Publishing;

/// <summary>Where the Render stage hands each file as it is made. Called from several threads at once.</summary>
public interface ISiteSink
{
    void Write(SiteFile file);

    /// <summary>A file written by <paramref name="write"/> as it is produced (claims.json, which can be too large to buffer).</summary>
    void Write(string path, Action<Stream> write);
}
