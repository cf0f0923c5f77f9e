using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Pipeline;

namespace Reader.Verdicts;

/// <summary>
/// The stage after Analyse: applies the editors' verdicts from edition.yml to the comparison the engine made,
/// leaving the engine as it is. A figure ruled not a claim loses its note and leaves every other note; a rejected
/// comparison is never shown; a confirmed or added one is shown "checked by the editors". Counts, the comparison
/// page's rows and claims.json all read the result, so they agree. A verdict naming a claim or sentence the
/// edition no longer has is a warning on its line of edition.yml, and is not applied.
/// </summary>
public sealed class ApplyVerdicts
{
    public Edition Run(Edition edition, Diagnostics diagnostics)
    {
        var verdicts = edition.Config.Verdicts;
        if (verdicts.Count == 0) return edition;

        var sentences = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var missing = verdicts.Select(v => v.Ids.Where(id => !Exists(edition, id, sentences)).ToList()).ToList();
        for (int i = 0; i < verdicts.Count; i++)
            if (missing[i].Count > 0) diagnostics.Warn(verdicts[i].File, verdicts[i].Line, StaleMessage(verdicts[i], missing[i]));

        var live = verdicts.Where((_, i) => missing[i].Count == 0).ToList();
        var notClaims = live.Where(v => v.Kind == VerdictKind.NotAClaim).ToDictionary(v => v.Claim, StringComparer.Ordinal);
        var notes = new VerdictedNotes(edition, notClaims, live.Where(v => v.Kind != VerdictKind.NotAClaim));
        var byClaim = notes.Build();

        var outcomes = new List<VerdictOutcome>(verdicts.Count);
        foreach (var (v, gone) in verdicts.Zip(missing))
        {
            var status = gone.Count > 0 ? VerdictStatus.Stale
                : v.Kind == VerdictKind.NotAClaim || notes.Applied.Contains(v) ? VerdictStatus.Applied
                : VerdictStatus.NotMade;
            // A rejected comparison the engine no longer makes needs nothing; a confirmed one would silently vanish.
            if (status == VerdictStatus.NotMade && v.Kind == VerdictKind.Confirm)
                diagnostics.Warn(v.File, v.Line, $"confirm: no note compares \"{v.Claim}\" with \"{v.Other}\" any more; to keep the comparison, write it as add with a relation");
            outcomes.Add(new VerdictOutcome(v, status, gone));
        }

        ClaimComparison ComparisonOf(string id) =>
            byClaim.TryGetValue(id, out var c) ? c : new ClaimComparison(id, [], 0, 0, 0);
        var engineRows = edition.Comparison.Subjects;
        var applied = outcomes.Where(o => o.Applied).Select(o => o.Verdict).ToList();
        var subjects = new LazyList<SubjectGroup>(() => VerdictedSubjects.Build(edition, engineRows, ComparisonOf, notClaims, applied));
        var numbers = notClaims.Values
            .GroupBy(v => EditionRef.Article(v.Claim), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => edition.FindClaim(v.Claim)!.Value.Claim.Number).Order().ToArray(), StringComparer.Ordinal);
        return edition.WithVerdicts(new EditionComparison(byClaim, subjects), new EditorVerdicts(outcomes, notClaims, numbers, notes.Checks));
    }

    private static bool Exists(Edition edition, string id, Dictionary<string, HashSet<string>> sentences)
    {
        if (EditionRef.IsClaim(id)) return edition.FindClaim(id) is not null;
        var articleId = EditionRef.Article(id);
        if (!sentences.TryGetValue(articleId, out var anchors))
            sentences[articleId] = anchors = edition.Find(articleId)?.Annotations.Sentences.Select(s => s.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        return anchors.Contains(EditionRef.Anchor(id));
    }

    private static string StaleMessage(Verdict verdict, List<string> gone)
    {
        var what = gone.Select(id => (EditionRef.IsClaim(id) ? "claim" : "sentence") + $" \"{id}\"");
        return $"{Verdict.KeyOf(verdict.Kind)}: {string.Join(" and ", what)} {(gone.Count == 1 ? "is" : "are")} no longer in the edition " +
               "(the figure or its sentence was edited, or the article is gone or a draft); the verdict is not applied: " +
               "update its ids from the preview or claims.json, or remove it";
    }
}
