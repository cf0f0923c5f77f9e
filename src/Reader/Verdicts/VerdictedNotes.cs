using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Markdown.Claims;

namespace Reader.Verdicts;

/// <summary>
/// Each claim's comparison as the verdicts leave it: entries with a claim ruled out or a rejected pair taken out,
/// an added pair put first (or its relation set), confirmed ones kept and marked — and the counts moved with them,
/// so a note's summary line always counts what the verdicts left. A claim no verdict reaches keeps the engine's
/// comparison as it is. The engine lists a claim's nearest comparisons only; a verdict acts where a note shows
/// the pair, which is where an editor can have seen it.
/// </summary>
internal sealed class VerdictedNotes
{
    private readonly Edition edition;
    private readonly IReadOnlyDictionary<string, Verdict> notClaims;
    private readonly Dictionary<string, List<Verdict>> pairsByClaim = new(StringComparer.Ordinal);

    public VerdictedNotes(Edition edition, IReadOnlyDictionary<string, Verdict> notClaims, IEnumerable<Verdict> pairVerdicts)
    {
        this.edition = edition;
        this.notClaims = notClaims;
        foreach (var v in pairVerdicts)
            foreach (var id in v.Ids.Where(EditionRef.IsClaim))
            {
                if (!pairsByClaim.TryGetValue(id, out var list)) pairsByClaim[id] = list = [];
                list.Add(v);
            }
    }

    /// <summary>Verdicts that took effect somewhere.</summary>
    public HashSet<Verdict> Applied { get; } = [];

    /// <summary>By claim, then by the other claim's (or the sentence's) id: the confirm or add verdict behind an entry.</summary>
    public Dictionary<string, Dictionary<string, Verdict>> Checks { get; } = new(StringComparer.Ordinal);

    /// <summary>Every shown claim's comparison, verdicts applied.</summary>
    public Dictionary<string, ClaimComparison> Build()
    {
        var byClaim = new Dictionary<string, ClaimComparison>(StringComparer.Ordinal);
        foreach (var article in edition.Articles)
            foreach (var claim in article.Annotations.Claims)
            {
                if (notClaims.ContainsKey(claim.ClaimId)) continue;
                var original = edition.Comparison.For(claim.ClaimId);
                byClaim[claim.ClaimId] = Touched(original) ? Edit(article, original) : original;
            }
        return byClaim;
    }

    private bool Touched(ClaimComparison c) =>
        pairsByClaim.ContainsKey(c.ClaimId) || (notClaims.Count > 0 && c.Nearest.Any(e => e.ClaimId is { } other && notClaims.ContainsKey(other)));

    private ClaimComparison Edit(Parsing.Article article, ClaimComparison original)
    {
        var id = original.ClaimId;
        var mine = pairsByClaim.GetValueOrDefault(id) ?? [];
        var counts = new Dictionary<Relation, int>
        {
            [Relation.Agrees] = original.AgreeCount,
            [Relation.Differs] = original.DifferCount,
            [Relation.Mentions] = original.MentionCount,
        };
        var kept = new List<ComparisonEntry>(original.Nearest.Count + mine.Count);
        var met = new HashSet<Verdict>();
        foreach (var entry in original.Nearest)
        {
            var target = EditionRef.TargetOf(entry);
            if (notClaims.ContainsKey(target))
            {
                counts[entry.Relation]--;
                continue;
            }
            var verdict = mine.FirstOrDefault(v => Names(v, id, target));
            if (verdict is not null) met.Add(verdict);
            switch (verdict?.Kind)
            {
                case VerdictKind.Reject:
                    counts[entry.Relation]--;
                    Applied.Add(verdict);
                    continue;
                case VerdictKind.Confirm:
                    Check(id, target, verdict);
                    break;
                case VerdictKind.Add when verdict.Relation is { } relation && relation != entry.Relation:
                    counts[entry.Relation]--;
                    counts[relation]++;
                    kept.Add(entry with { Relation = relation });
                    Check(id, target, verdict);
                    continue;
                case VerdictKind.Add:
                    Check(id, target, verdict);
                    break;
            }
            kept.Add(entry);
        }
        int first = 0;
        foreach (var add in mine.Where(v => v.Kind == VerdictKind.Add && !met.Contains(v)))
        {
            var other = add.Claim == id ? add.Other! : add.Claim;
            if (notClaims.ContainsKey(other) || edition.FindClaim(other) is not { } found) continue;
            // The editors' own comparisons first: they are the surest a note holds.
            kept.Insert(first++, Entry(article, found.Article, found.Claim, add.Relation!.Value));
            counts[add.Relation!.Value]++;
            Check(id, other, add);
        }
        return new ClaimComparison(id, kept,
            Math.Max(0, counts[Relation.Agrees]), Math.Max(0, counts[Relation.Differs]), Math.Max(0, counts[Relation.Mentions]));
    }

    private static bool Names(Verdict verdict, string claim, string target) =>
        (verdict.Claim == claim && verdict.Other == target) || (verdict.Claim == target && verdict.Other == claim);

    private void Check(string claim, string target, Verdict verdict)
    {
        if (!Checks.TryGetValue(claim, out var byTarget)) Checks[claim] = byTarget = new(StringComparer.Ordinal);
        byTarget[target] = verdict;
        Applied.Add(verdict);
    }

    /// <summary>A note entry for a comparison the engine did not make, written as the engine writes its own.</summary>
    private static ComparisonEntry Entry(Parsing.Article mine, Parsing.Article theirs, AnnotatedClaim claim, Relation relation)
    {
        var sentence = theirs.Annotations.Sentences.FirstOrDefault(s => s.Id == claim.SentenceId)?.Text ?? claim.Claim.Text;
        var (a, b) = (mine.Meta.Published, theirs.Meta.Published);
        bool known = a is not null && b is not null;
        return new ComparisonEntry(relation, theirs.Id, claim.ClaimId, claim.SentenceId, claim.Claim.Text,
            ExcerptTrimmer.Trim(sentence, claim.Claim.Text), b, known && b < a, known && b > a, "");
    }
}
