namespace Reader.DevSet;

/// <summary>How the engine did on one cluster (or a sum of clusters): counts from which every rate is derived.</summary>
public sealed record ClusterScore
{
    public required string Name { get; init; }
    public required string Split { get; init; }
    public int Labelled { get; init; }
    public int Found { get; init; }
    public int ValueRight { get; init; }
    public int Extra { get; init; }
    public int ExtraNotClaims { get; init; }
    public int ExpectedAgrees { get; init; }
    public int FoundAgrees { get; init; }
    public int ExpectedDiffers { get; init; }
    public int FoundDiffers { get; init; }
    public int ExpectedMentions { get; init; }
    public int FoundMentions { get; init; }
    public int Made { get; init; }
    public int Wrong { get; init; }
    public TimeSpan Analyse { get; init; }

    public double ClaimRecall => Rate(Found, Labelled);
    public double ValueAccuracy => Rate(ValueRight, Found);
    public double AgreeRecall => Rate(FoundAgrees, ExpectedAgrees);
    public double DifferRecall => Rate(FoundDiffers, ExpectedDiffers);
    public double MentionRecall => Rate(FoundMentions, ExpectedMentions);
    public double WrongShare => Rate(Wrong, Made);

    private static double Rate(int n, int of) => of == 0 ? double.NaN : (double)n / of;

    public static ClusterScore Sum(string name, string split, IEnumerable<ClusterScore> scores)
    {
        var all = scores.ToList();
        return new ClusterScore
        {
            Name = name,
            Split = split,
            Labelled = all.Sum(s => s.Labelled),
            Found = all.Sum(s => s.Found),
            ValueRight = all.Sum(s => s.ValueRight),
            Extra = all.Sum(s => s.Extra),
            ExtraNotClaims = all.Sum(s => s.ExtraNotClaims),
            ExpectedAgrees = all.Sum(s => s.ExpectedAgrees),
            FoundAgrees = all.Sum(s => s.FoundAgrees),
            ExpectedDiffers = all.Sum(s => s.ExpectedDiffers),
            FoundDiffers = all.Sum(s => s.FoundDiffers),
            ExpectedMentions = all.Sum(s => s.ExpectedMentions),
            FoundMentions = all.Sum(s => s.FoundMentions),
            Made = all.Sum(s => s.Made),
            Wrong = all.Sum(s => s.Wrong),
            Analyse = all.Aggregate(TimeSpan.Zero, (t, s) => t + s.Analyse),
        };
    }
}
