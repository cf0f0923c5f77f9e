namespace Reader.Claims.Comparison;

/// <summary>The result of comparing every claim of an edition with the other articles.</summary>
public sealed class EditionComparison
{
    private readonly IReadOnlyDictionary<string, ClaimComparison> byClaim;

    private readonly Lazy<IReadOnlyList<SubjectGroup>> subjects;

    public EditionComparison(IReadOnlyDictionary<string, ClaimComparison> byClaim, IReadOnlyList<SubjectGroup> subjects)
        : this(byClaim, new Lazy<IReadOnlyList<SubjectGroup>>(subjects)) { }

    internal EditionComparison(IReadOnlyDictionary<string, ClaimComparison> byClaim, Lazy<IReadOnlyList<SubjectGroup>> subjects)
    {
        this.byClaim = byClaim;
        this.subjects = subjects;
    }

    /// <summary>Rows for the comparison page, most widely reported first.</summary>
    public IReadOnlyList<SubjectGroup> Subjects => subjects.Value;

    /// <summary>The comparison for a claim; an empty one (sole source) when nothing else speaks of it.</summary>
    public ClaimComparison For(string claimId) =>
        byClaim.TryGetValue(claimId, out var c) ? c : new ClaimComparison(claimId, [], 0, 0, 0);
}
