namespace Reader.Verdicts;

/// <summary>A verdict and what became of it; <paramref name="Missing"/> lists the ids no longer in the edition.</summary>
public sealed record VerdictOutcome(Verdict Verdict, VerdictStatus Status, IReadOnlyList<string> Missing)
{
    public bool Applied => Status == VerdictStatus.Applied;
}
