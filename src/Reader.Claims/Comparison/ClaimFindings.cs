namespace Reader.Claims.Comparison;

/// <summary>
/// What the search found for one claim, before counts and notes are made of it, and how many candidates each
/// half weighed (which tells <see cref="IncrementalComparer"/> whether an edit could push the search past its cap),
/// and — kept only by the incremental comparer — what each scan read of each list.
/// </summary>
internal sealed record ClaimFindings(
    List<ClaimMatch> Matches,
    bool MatchesTruncated,
    List<ClaimMatch> Mentions,
    bool MentionsTruncated,
    int MatchCandidates = 0,
    int MentionCandidates = 0,
    List<ScanSpan>? MatchSpans = null,
    List<ScanSpan>? MentionSpans = null)
{
    public static readonly ClaimFindings None = new([], false, [], false);
}
