namespace Reader.Claims.Comparison;

/// <summary>
/// What replacing one article did to an <see cref="EditionIndex"/>, in the ids from before the edit: the
/// article's run of claims [<see cref="ClaimStart"/>, <see cref="OldClaimEnd"/>) and of sentences, how far the
/// ids after them moved, which posting lists changed, and which claims' weights changed.
/// </summary>
internal sealed record IndexChange
{
    public required int ClaimStart { get; init; }
    public required int OldClaimEnd { get; init; }
    public required int ClaimShift { get; init; }
    public required int SentenceStart { get; init; }
    public required int OldSentenceEnd { get; init; }
    public required int SentenceShift { get; init; }
    /// <summary>Claim posting lists (<see cref="EditionIndex.PostingKey"/>) the article was or now is in.</summary>
    public required HashSet<long> ClaimLists { get; init; }
    /// <summary>Sentence posting lists (term ids) the article was or now is in.</summary>
    public required HashSet<long> SentenceLists { get; init; }
    /// <summary>
    /// Of those, the lists in which the article's ids differ before and after: a scan that read the article's
    /// part of any other list read the same ids in the same order, and only their content may have changed.
    /// </summary>
    public required HashSet<long> ReshapedClaimLists { get; init; }
    public required HashSet<long> ReshapedSentenceLists { get; init; }
    /// <summary>Terms whose weight or scan order changed.</summary>
    public required HashSet<int> Reweighed { get; init; }
    /// <summary>Claims of other articles (old ids) holding a reweighed term, by posting list: others scoring them score differently now.</summary>
    public required Dictionary<long, List<int>> ReweighedClaimsByList { get; init; }

    /// <summary>The new id of an old claim id outside the article's run.</summary>
    public int NewClaimId(int old) => old < ClaimStart ? old : old + ClaimShift;

    public int NewSentenceId(int old) => old < SentenceStart ? old : old + SentenceShift;
}
