namespace Reader.DevSet;

/// <summary>
/// One example for fitting a matcher: its features, whether the labels say yes, and the cluster's split. Pairs also
/// carry the features blind to their figures, and whether a difference between them could be told (figures near
/// enough, frames the lexicon ties: <see cref="Reader.Claims.Comparison.FrameMatcher"/>).
/// </summary>
public sealed record TrainingSample(double[] Features, bool Positive, string Split, string Cluster, string Group = "", string Description = "")
{
    public double[] FrameFeatures { get; init; } = [];
    public bool CanDiffer { get; init; }
}
