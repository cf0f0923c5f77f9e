namespace Reader.Claims.Comparison;

/// <summary>Another article's claim (or sentence, for a mention) found related to a claim, with its score.</summary>
internal readonly record struct ClaimMatch(int Other, Relation Relation, double Score)
{
    /// <summary>Highest score first, then lowest id: the order notes list matches in.</summary>
    public static void Sort(List<ClaimMatch> matches) =>
        matches.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Other.CompareTo(y.Other));
}
