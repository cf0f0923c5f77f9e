namespace Reader.Claims.Comparison;

/// <summary>Claims linked by agree/differ relations (one union-find set), with the sentences that mention them.</summary>
internal sealed class SubjectCluster
{
    public required int[] Members { get; init; }
    /// <summary>Best mentioning sentence per article that has no claim in the cluster, by article.</summary>
    public required SortedDictionary<int, ClaimMatch> Mentions { get; init; }
    public required int ClaimArticles { get; init; }
    public required bool HasDisagreement { get; init; }
    public int Articles => ClaimArticles + Mentions.Count;

    /// <summary>Member intervals' ends, sorted, to count agreeing/differing members in O(log n) per claim.</summary>
    public double[] SortedLows { get; set; } = [];
    public double[] SortedHighs { get; set; } = [];
}
