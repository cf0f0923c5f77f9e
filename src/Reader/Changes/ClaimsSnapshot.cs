using Reader.Analysis;
using Reader.Changes.Published;
using Reader.Rendering;
using Reader.Verdicts;

namespace Reader.Changes;

/// <summary>
/// What one build said, in the form two builds are compared in: its claims in page order, the figures ruled not
/// claims, the relation of every pair of claims its notes show, the verdicts it applied and its articles' titles.
/// Made from this build's edition or read back from the previous build's claims.json, so both sides are alike.
/// </summary>
public sealed class ClaimsSnapshot
{
    public List<SnapshotClaim> Claims { get; } = [];
    public Dictionary<string, SnapshotClaim> NotClaims { get; } = new(StringComparer.Ordinal);
    /// <summary>By pair (in ordinal order): "agrees" or "differs".</summary>
    public Dictionary<(string, string), string> Pairs { get; } = [];
    public List<SnapshotVerdict> Verdicts { get; } = [];
    public Dictionary<string, string> ArticleTitles { get; } = new(StringComparer.Ordinal);

    public static ClaimsSnapshot Of(Edition edition)
    {
        var snapshot = new ClaimsSnapshot();
        foreach (var article in edition.Articles)
        {
            snapshot.ArticleTitles[article.Id] = article.Meta.Title;
            var sentences = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in article.Annotations.Sentences) sentences.TryAdd(s.Id, s.Text);
            foreach (var c in article.Annotations.Claims)
            {
                var claim = c.Claim;
                var snap = new SnapshotClaim(c.ClaimId, article.Id, claim.Text, claim.Kind.ToString().ToLowerInvariant(),
                    claim.Normalised, claim.Subject.Label, sentences.GetValueOrDefault(c.SentenceId, ""));
                if (edition.Verdicts.IsNotAClaim(c.ClaimId))
                {
                    snapshot.NotClaims[c.ClaimId] = snap;
                    continue;
                }
                snapshot.Claims.Add(snap);
                foreach (var e in edition.Comparison.For(c.ClaimId).Nearest)
                    if (e.ClaimId is not null) snapshot.AddPair(c.ClaimId, e.ClaimId, EditionResolver.Relation(e.Relation));
            }
        }
        foreach (var outcome in edition.Verdicts.Applied)
        {
            var v = outcome.Verdict;
            snapshot.Verdicts.Add(new SnapshotVerdict(Verdict.KeyOf(v.Kind), v.Claim, v.Other,
                v.Relation is { } r ? EditionResolver.Relation(r) : null) { Note = v.Note });
        }
        return snapshot;
    }

    public static ClaimsSnapshot Of(PublishedClaims published)
    {
        var snapshot = new ClaimsSnapshot();
        var sentences = new Dictionary<(string, string), string>();
        foreach (var article in published.Articles ?? [])
        {
            snapshot.ArticleTitles[article.Id!] = article.Title ?? article.Id!;
            foreach (var s in article.Sentences ?? [])
                if (s.Anchor is not null) sentences.TryAdd((article.Id!, s.Anchor), s.Text ?? "");
        }
        string SentenceOf(string article, string? text, string? anchor) =>
            text ?? (anchor is null ? "" : sentences.GetValueOrDefault((article, anchor), ""));
        foreach (var c in published.Claims ?? [])
        {
            snapshot.Claims.Add(new SnapshotClaim(c.Id!, c.Article!, c.Text!, c.Kind ?? "", c.Normalised ?? "", c.Subject ?? "",
                SentenceOf(c.Article!, c.Sentence, c.SentenceAnchor)));
            foreach (var e in c.Comparisons ?? [])
                if (e.Claim is not null && e.Relation is not null) snapshot.AddPair(c.Id!, e.Claim, e.Relation);
        }
        foreach (var n in published.NotClaims ?? [])
            if (n.Id is not null && n.Article is not null)
                snapshot.NotClaims[n.Id] = new SnapshotClaim(n.Id, n.Article, n.Text ?? "", "", "", "", SentenceOf(n.Article, null, n.SentenceAnchor));
        foreach (var v in published.Verdicts ?? [])
            if (v.Status == "applied" && v.Verdict is not null && v.Claim is not null)
                snapshot.Verdicts.Add(new SnapshotVerdict(v.Verdict, v.Claim, v.Other, v.Relation) { Note = v.Note });
        return snapshot;
    }

    private void AddPair(string a, string b, string relation)
    {
        if (relation is "agrees" or "differs") Pairs.TryAdd(Verdict.PairOf(a, b), relation);
    }
}
