using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Changes;

/// <summary>
/// What changed since the previous build in the output folder: figures added, removed and changed, comparisons whose
/// relation flipped, verdicts applied and withdrawn. <see cref="FirstBuild"/> when there was no previous build to read.
/// </summary>
public sealed class EditionChanges
{
    public static EditionChanges First { get; } = new() { FirstBuild = true };

    public bool FirstBuild { get; init; }
    public IReadOnlyList<FigureChange> Added { get; init; } = [];
    public IReadOnlyList<FigureChange> Removed { get; init; } = [];
    public IReadOnlyList<FigureChange> Changed { get; init; } = [];
    public IReadOnlyList<RelationFlip> Flipped { get; init; } = [];
    public IReadOnlyList<VerdictChange> VerdictsApplied { get; init; } = [];
    public IReadOnlyList<VerdictChange> VerdictsWithdrawn { get; init; } = [];

    public bool None => !FirstBuild && Added.Count + Removed.Count + Changed.Count + Flipped.Count + VerdictsApplied.Count + VerdictsWithdrawn.Count == 0;

    /// <summary>"first build", or "since the last build: 2 figures added, 1 removed, 1 changed, 1 relation flipped, 1 verdict applied".</summary>
    public string Summary()
    {
        if (FirstBuild) return "first build";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"since the last build: {Count(Added.Count, "figure", "figures")} added, {Removed.Count} removed, {Changed.Count} changed, " +
            $"{Count(Flipped.Count, "relation", "relations")} flipped, {Count(VerdictsApplied.Count, "verdict", "verdicts")} applied");
        return VerdictsWithdrawn.Count > 0 ? text + string.Create(CultureInfo.InvariantCulture, $", {VerdictsWithdrawn.Count} withdrawn") : text;
    }

    /// <summary>The summary as a sentence for a page or a feed: "Since the last build: …." or "First build.".</summary>
    public string SummarySentence()
    {
        var text = Summary();
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>
    /// A short hash of every change listed: the Atom entry's id, so a feed reader sees a new entry when, and only
    /// when, the changes are new.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder(FirstBuild ? "first" : "since");
        void Add(string kind, IEnumerable<object> items)
        {
            foreach (var item in items) text.Append('\n').Append(kind).Append(item);
        }
        Add("+", Added);
        Add("-", Removed);
        Add("~", Changed);
        Add("^", Flipped);
        Add("v", VerdictsApplied);
        Add("w", VerdictsWithdrawn);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
