namespace Reader.Claims.Comparison;

/// <summary>A sentence made ready for mention search.</summary>
internal sealed class PreparedSentence
{
    public required int Index { get; set; }
    public required int Article { get; init; }
    public required SentenceInput Input { get; init; }
    /// <summary>Sorted term ids.</summary>
    public required int[] Terms { get; init; }
    /// <summary>Keys of the claims the sentence carries: a sentence with a figure of the kind is no mere mention.</summary>
    public required int[] ClaimKeys { get; set; }
}
