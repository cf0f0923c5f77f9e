namespace Reader.Claims.Comparison;

/// <summary>
/// What the candidate search found for one claim, before counts and notes are made of it. The traces (kept
/// only by <see cref="IncrementalComparer"/>) say what the searches read and found, so an edit elsewhere can be
/// told apart from one that could change these findings.
/// </summary>
internal sealed record ClaimFindings(
    List<ClaimMatch> Matches,
    bool MatchesTruncated,
    List<ClaimMatch> Mentions,
    bool MentionsTruncated,
    ScanTrace? MatchTrace = null,
    ScanTrace? MentionTrace = null)
{
    /// <summary>The note entries made of these findings, once made: they depend on nothing else that an edit elsewhere can change.</summary>
    public List<ComparisonEntry>? Nearest { get; set; }
}
