using System.Globalization;

namespace Reader.Verdicts;

/// <summary>
/// The editors' verdicts as this build applied them, for the renderers to ask: which figures are no claims, which
/// comparisons the editors checked (and their note), and what became of each verdict. Built once by
/// <see cref="ApplyVerdicts"/> before any page renders; read only afterwards, so parallel renders may share it.
/// </summary>
public sealed class EditorVerdicts
{
    private readonly Dictionary<string, Verdict> notClaims;
    private readonly Dictionary<string, int[]> notClaimNumbers;
    private readonly Dictionary<string, Dictionary<string, Verdict>> checks;

    public EditorVerdicts(IReadOnlyList<VerdictOutcome> outcomes, Dictionary<string, Verdict> notClaims,
        Dictionary<string, int[]> notClaimNumbers, Dictionary<string, Dictionary<string, Verdict>> checks)
    {
        Outcomes = outcomes;
        this.notClaims = notClaims;
        this.notClaimNumbers = notClaimNumbers;
        this.checks = checks;
    }

    public static EditorVerdicts None { get; } = new([], [], [], []);

    /// <summary>Every verdict of edition.yml, in file order, with what became of it.</summary>
    public IReadOnlyList<VerdictOutcome> Outcomes { get; }

    public IEnumerable<VerdictOutcome> Applied => Outcomes.Where(o => o.Applied);

    public bool HasNotClaims => notClaims.Count > 0;

    public bool IsNotAClaim(string claimId) => notClaims.ContainsKey(claimId);

    /// <summary>The verdict that ruled a figure is not a claim, or null.</summary>
    public Verdict? NotAClaim(string claimId) => notClaims.GetValueOrDefault(claimId);

    /// <summary>The confirm or add verdict behind a comparison a note shows ("checked by the editors"), or null.</summary>
    /// <param name="target">The other claim's id, or for a mention the sentence's.</param>
    public Verdict? CheckOf(string claimId, string target) =>
        checks.TryGetValue(claimId, out var byTarget) ? byTarget.GetValueOrDefault(target) : null;

    /// <summary>The note's number of the claim numbered <paramref name="number"/> in its article; null when it is no claim.</summary>
    public int? NoteNumber(string claimId, int number)
    {
        if (notClaims.Count == 0) return number;
        if (notClaims.ContainsKey(claimId)) return null;
        if (!notClaimNumbers.TryGetValue(EditionRef.Article(claimId), out var before)) return number;
        int skipped = 0;
        foreach (var n in before) if (n < number) skipped++;
        return number - skipped;
    }

    /// <summary>Everything the verdicts change in how one claim renders, as one string: equal strings, equal notes.</summary>
    public string Signature(string claimId, int number)
    {
        var shown = NoteNumber(claimId, number);
        if (shown is null) return "-";
        var mark = shown.Value.ToString(CultureInfo.InvariantCulture);
        if (!checks.TryGetValue(claimId, out var byTarget)) return mark;
        return mark + string.Concat(byTarget.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"\u0001{c.Key}\u0002{c.Value.Note}"));
    }
}
