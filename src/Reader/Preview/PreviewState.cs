using Reader.Pipeline;

namespace Reader.Preview;

/// <summary>
/// What the server shows right now: the last good site and, when the latest rebuild failed, its
/// errors (shown as an overlay above that site). Swapped as a whole so a request never sees half a build.
/// </summary>
public sealed record PreviewState(SiteSnapshot? Site, IReadOnlyList<Diagnostic> Errors, long Version)
{
    public bool Failing => Errors.Count > 0;

    public static PreviewState Empty { get; } = new(null, [], 0);
}
