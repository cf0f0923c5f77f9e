using Reader.Pipeline;

namespace Reader.Preview;

/// <summary>
/// What one preview rebuild did. <see cref="Site"/> is null when it failed (the last good site stays
/// served); <see cref="ChangedPaths"/> lists site paths whose bytes differ from the previous good build;
/// <see cref="Timings"/> splits the time by stage, to see where an edit's latency goes.
/// </summary>
public sealed record RebuildOutcome(
    SiteSnapshot? Site,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> ChangedPaths,
    int ArticlesParsed,
    int PagesRendered,
    TimeSpan Elapsed,
    StageTimings Timings)
{
    public bool Succeeded => Site is not null;

    public RebuildPhase Phase { get; init; } = RebuildPhase.Complete;
}
