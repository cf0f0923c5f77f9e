namespace Reader.DevSet;

/// <summary>One example for fitting a matcher: its features, whether the labels say yes, and the cluster's split.</summary>
public sealed record TrainingSample(double[] Features, bool Positive, string Split, string Cluster, string Group = "", string Description = "");
