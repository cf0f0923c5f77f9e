using Reader.Pipeline;

namespace Reader.Preview;

/// <summary>What to preview and where: the build's options, the loopback port (0 picks a free one) and the quiet time before a rebuild.</summary>
public sealed record PreviewOptions
{
    public required BuildOptions Build { get; init; }
    public int Port { get; init; } = 5080;
    /// <summary>
    /// Short, because it adds to every edit's latency; long enough to merge an editor's truncate-then-write
    /// into one rebuild. A rebuild that catches a half-written file is followed by one that does not.
    /// </summary>
    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(25);
}
