namespace Reader.DevSet;

/// <summary>One labelled cluster file: its articles (id → file), claims, quantities, traps and not-claims.</summary>
public sealed record LabelledCluster(
    string Name,
    string FilePath,
    string Folder,
    string Split,
    IReadOnlyDictionary<string, string> Articles,
    IReadOnlyDictionary<string, string> Bodies,
    IReadOnlyDictionary<string, LabelledClaim> Claims,
    IReadOnlyList<LabelledQuantity> Quantities,
    IReadOnlyList<(string A, string B)> NotLinked,
    IReadOnlyList<LabelledNotClaim> NotClaims)
{
    /// <summary>The relation the labels give between two claims of different articles, or null when none.</summary>
    public string? RelationBetween(string a, string b)
    {
        var x = Claims[a];
        var y = Claims[b];
        if (x.Quantity != y.Quantity || x.Article == y.Article) return null;
        var q = Quantities[x.Quantity];
        foreach (var (p, r) in q.Differs)
            if ((p == a && r == b) || (p == b && r == a)) return "differs";
        return "agrees";
    }
}
