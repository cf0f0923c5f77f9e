namespace Reader.Claims.Comparison;

/// <summary>What the search found for one claim, before counts and notes are made of it.</summary>
internal sealed record ClaimFindings(List<ClaimMatch> Matches, bool MatchesTruncated, List<ClaimMatch> Mentions, bool MentionsTruncated)
{
    public static readonly ClaimFindings None = new([], false, [], false);
}
