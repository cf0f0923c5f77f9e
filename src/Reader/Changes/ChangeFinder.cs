using Reader.Verdicts;

namespace Reader.Changes;

/// <summary>
/// Compares two builds' claims. Anchors come from a figure's words and sentence, so a changed figure has a new id:
/// a claim gone and a claim come in one article are one figure changed when their sentences are the same but for the
/// figure, or else when they are the only two of their kind and subject there. A figure whose words are the same is
/// not reported (its sentence was reworded). Relations are compared over the pairs the notes of both builds show,
/// through those renamings, so "12,500 → 13,000" is seen to turn an "agrees" into a "differs"; pairs a verdict
/// newly decides are reported as verdicts, not flips.
/// </summary>
public static class ChangeFinder
{
    public static EditionChanges Compare(ClaimsSnapshot before, ClaimsSnapshot after)
    {
        var beforeIds = before.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var afterIds = after.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        FigureRef Ref(SnapshotClaim claim) => new(claim.Id, claim.Article, Title(claim.Article, before, after), claim.Text, afterIds.Contains(claim.Id));
        // A figure ruled not a claim (or no longer so) is the verdict's doing: it is listed with the verdicts.
        var gone = before.Claims.Where(c => !afterIds.Contains(c.Id) && !after.NotClaims.ContainsKey(c.Id)).ToList();
        var come = after.Claims.Where(c => !beforeIds.Contains(c.Id) && !before.NotClaims.ContainsKey(c.Id)).ToList();

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = new List<FigureChange>();
        foreach (var (old, now) in Match(gone, come))
        {
            renamed[old.Id] = now.Id;
            if (old.Text != now.Text || old.Normalised != now.Normalised)
                changed.Add(new FigureChange(Ref(old), Ref(now)));
        }
        var removed = gone.Where(c => !renamed.ContainsKey(c.Id)).Select(c => new FigureChange(Ref(c), null)).ToList();
        var matched = renamed.Values.ToHashSet(StringComparer.Ordinal);
        var added = come.Where(c => !matched.Contains(c.Id)).Select(c => new FigureChange(null, Ref(c))).ToList();

        var applied = after.Verdicts.Except(before.Verdicts).ToList();
        var withdrawn = before.Verdicts.Except(after.Verdicts).ToList();
        var decided = applied.Concat(withdrawn).Where(v => v.Other is not null).Select(v => Verdict.PairOf(v.Claim, v.Other!)).ToHashSet();

        var beforePairs = new Dictionary<(string, string), string>();
        foreach (var ((a, b), relation) in before.Pairs)
            beforePairs.TryAdd(Verdict.PairOf(renamed.GetValueOrDefault(a, a), renamed.GetValueOrDefault(b, b)), relation);
        var flipped = new List<RelationFlip>();
        var byId = after.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (pair, relation) in after.Pairs)
        {
            if (!beforePairs.TryGetValue(pair, out var was) || was == relation || decided.Contains(pair)) continue;
            if (!byId.TryGetValue(pair.Item1, out var first) || !byId.TryGetValue(pair.Item2, out var second)) continue;
            flipped.Add(new RelationFlip(Ref(first), Ref(second), was, relation));
        }

        return new EditionChanges
        {
            Added = added,
            Removed = removed,
            Changed = changed,
            Flipped = flipped,
            VerdictsApplied = applied.Select(v => Describe(v, before, after, byId)).ToList(),
            VerdictsWithdrawn = withdrawn.Select(v => Describe(v, before, after, byId)).ToList(),
        };
    }

    /// <summary>Pairs of a claim gone and a claim come in the same article that are one figure changed (hashed: a build after an upgrade may renew every id).</summary>
    private static List<(SnapshotClaim Old, SnapshotClaim Now)> Match(List<SnapshotClaim> gone, List<SnapshotClaim> come)
    {
        var pairs = new List<(SnapshotClaim, SnapshotClaim)>();
        var taken = new HashSet<SnapshotClaim>(ReferenceEqualityComparer.Instance);
        // The same sentence but for the figure, of the same kind: taken in page order.
        var byFrame = come.GroupBy(c => (c.Article, c.Kind, c.Frame)).ToDictionary(g => g.Key, g => new Queue<SnapshotClaim>(g));
        var left = new List<SnapshotClaim>();
        foreach (var old in gone)
        {
            if (byFrame.TryGetValue((old.Article, old.Kind, old.Frame), out var queue) && queue.TryDequeue(out var now))
            {
                pairs.Add((old, now));
                taken.Add(now);
            }
            else left.Add(old);
        }
        // Otherwise the one claim of its kind and subject in the article on either side.
        var bySubject = come.Where(c => !taken.Contains(c) && c.Subject.Length > 0).GroupBy(c => (c.Article, c.Kind, c.Subject))
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        foreach (var group in left.Where(c => c.Subject.Length > 0).GroupBy(c => (c.Article, c.Kind, c.Subject)).Where(g => g.Count() == 1))
            if (bySubject.TryGetValue(group.Key, out var now)) pairs.Add((group.Single(), now));
        return pairs;
    }

    private static string Title(string article, ClaimsSnapshot before, ClaimsSnapshot after) =>
        after.ArticleTitles.GetValueOrDefault(article) ?? before.ArticleTitles.GetValueOrDefault(article) ?? article;

    /// <summary>A verdict's figures with their words, from whichever build has them.</summary>
    private static VerdictChange Describe(SnapshotVerdict v, ClaimsSnapshot before, ClaimsSnapshot after, Dictionary<string, SnapshotClaim> current)
    {
        FigureRef Figure(string id)
        {
            var claim = current.GetValueOrDefault(id) ?? after.NotClaims.GetValueOrDefault(id)
                ?? before.Claims.FirstOrDefault(c => c.Id == id) ?? before.NotClaims.GetValueOrDefault(id);
            var article = EditionRef.Article(id);
            return new FigureRef(id, article, Title(article, before, after), claim?.Text ?? "", current.ContainsKey(id));
        }
        return new VerdictChange(v.Kind, Figure(v.Claim), v.Other is null ? null : Figure(v.Other), v.Relation, v.Note);
    }
}
