using Reader.Claims.Comparison;
using Reader.Verdicts;

namespace Reader.Input;

/// <summary>
/// One item of edition.yml's <c>verdicts:</c> list as written: one of <c>confirm</c>, <c>reject</c>, <c>add</c> (two
/// ids each) or <c>not_a_claim</c> (one id), with <c>relation</c> for <c>add</c> and an optional <c>note</c>.
/// </summary>
public sealed class VerdictEntry
{
    public List<string>? Confirm { get; set; }
    public List<string>? Reject { get; set; }
    public List<string>? Add { get; set; }
    public string? NotAClaim { get; set; }
    public string? Relation { get; set; }
    public string? Note { get; set; }

    /// <summary>The item's line in edition.yml (1-based).</summary>
    public int Line { get; set; }

    /// <summary>The verdict this item says, or an error naming its line when it says it wrongly.</summary>
    public Verdict ToVerdict(string file)
    {
        var given = new List<(VerdictKind Kind, object Value)>();
        if (Confirm is not null) given.Add((VerdictKind.Confirm, Confirm));
        if (Reject is not null) given.Add((VerdictKind.Reject, Reject));
        if (Add is not null) given.Add((VerdictKind.Add, Add));
        if (NotAClaim is not null) given.Add((VerdictKind.NotAClaim, NotAClaim));
        if (given.Count != 1)
            throw Error(file, given.Count == 0
                ? "a verdict needs one of confirm, reject, add (each with two ids) or not_a_claim (one id)"
                : $"a verdict says one thing: it has {string.Join(" and ", given.Select(g => Verdict.KeyOf(g.Kind)))}");
        var (kind, value) = given[0];
        if (kind != VerdictKind.Add && Relation is not null)
            throw Error(file, $"relation is only for add (this verdict is {Verdict.KeyOf(kind)}: the relation is the one the comparison has)");
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();

        if (kind == VerdictKind.NotAClaim)
        {
            var id = NotAClaim!.Trim();
            if (!EditionRef.IsClaim(id)) throw Error(file, $"not_a_claim: \"{id}\" is not a claim id ({Example})");
            return new Verdict(kind, id, null, null, note, file, Line);
        }

        var ids = ((List<string>)value).Select(i => (i ?? "").Trim()).ToList();
        var key = Verdict.KeyOf(kind);
        if (ids.Count != 2) throw Error(file, $"{key}: needs the two ids of the comparison, as [first, second]; {ids.Count} given");
        foreach (var id in ids)
            if (!EditionRef.IsClaim(id) && !(kind != VerdictKind.Add && EditionRef.IsSentence(id)))
                throw Error(file, $"{key}: \"{id}\" is not a {(kind == VerdictKind.Add ? "claim id" : "claim or sentence id")} ({Example})");
        // A mention compares a claim with another article's sentence: the claim comes first, however it is written.
        if (!EditionRef.IsClaim(ids[0])) (ids[0], ids[1]) = (ids[1], ids[0]);
        if (!EditionRef.IsClaim(ids[0])) throw Error(file, $"{key}: one of the two ids must be a claim's");
        if (EditionRef.Article(ids[0]) == EditionRef.Article(ids[1]))
            throw Error(file, $"{key}: both ids are in article \"{EditionRef.Article(ids[0])}\"; comparisons are between two articles");

        Relation? relation = null;
        if (kind == VerdictKind.Add)
        {
            relation = Relation?.Trim() switch
            {
                "agrees" => Claims.Comparison.Relation.Agrees,
                "differs" => Claims.Comparison.Relation.Differs,
                null => throw Error(file, "add: needs a relation, agrees or differs"),
                var other => throw Error(file, $"relation: \"{other}\" is not agrees or differs"),
            };
        }
        return new Verdict(kind, ids[0], ids[1], relation, note, file, Line);
    }

    private const string Example = "a claim id is the article id, \"#\" and the claim's anchor: \"story-a#c-about-12500-k7q2a\"";

    private InputException Error(string file, string message) => new(file, Line, message);
}
