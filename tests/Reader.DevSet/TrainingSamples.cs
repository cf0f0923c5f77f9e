using Reader.Claims.Comparison;

namespace Reader.DevSet;

/// <summary>
/// Examples for fitting the two matchers from a scored cluster. Pairs: every two claims of different articles in
/// one kind group, not vetoed, positive when the labels put them in one quantity (claims the labels do not count
/// are negatives: a link from them is wrong). Mentions: every sentence the mention search could weigh for a
/// labelled claim in an article with no claim on its quantity, positive when the labels say that article
/// mentions it.
/// </summary>
public static class TrainingSamples
{
    private static string Describe(EditionIndex index, int i)
    {
        var c = index.Claims[i];
        var f = c.Frame;
        int s = index.ClaimSentence[i];
        var sentence = s >= 0 ? index.Sentences[s].Input.Text : "";
        int at = sentence.IndexOf(c.Claim.Text, StringComparison.Ordinal);
        var around = at < 0 ? sentence : sentence[Math.Max(0, at - 70)..Math.Min(sentence.Length, at + c.Claim.Text.Length + 50)];
        return $"[{c.Claim.Text}] M={f.Measure} P={f.Predicate} H={f.HolderHead} T={f.Time} | …{around}…";
    }

    public static (List<TrainingSample> Pairs, List<TrainingSample> Mentions, int VetoedPositives) Collect(ClusterReport report)
    {
        var cluster = report.Cluster;
        var index = EditionIndex.Build(report.Run.Edition.Articles.Select(a => a.Analysis).ToList());
        var labelOf = report.MatchOf.ToDictionary(m => m.Value.Claim.ClaimId, m => m.Key, StringComparer.Ordinal);
        string? Label(int i) => labelOf.GetValueOrDefault(index.Claims[i].Input.ClaimId);

        var pairs = new List<TrainingSample>();
        int vetoedPositives = 0;
        for (int a = 0; a < index.Claims.Length; a++)
            for (int b = a + 1; b < index.Claims.Length; b++)
            {
                var (x, y) = (index.Claims[a], index.Claims[b]);
                if (index.ClaimArticle[a] == index.ClaimArticle[b] || x.Group != y.Group || x.Interval is null || y.Interval is null) continue;
                var (la, lb) = (Label(a), Label(b));
                bool same = la is not null && lb is not null && cluster.Claims[la].Quantity == cluster.Claims[lb].Quantity;
                var f = PairFeatures.Of(index, a, b);
                if (f.Vetoed) { if (same) vetoedPositives++; continue; }
                pairs.Add(new TrainingSample(f.Vector(), same, cluster.Split, cluster.Name, x.Group, $"{Describe(index, a)}\n      {Describe(index, b)}")
                {
                    FrameFeatures = f.FrameVector(),
                    CanDiffer = FrameMatcher.CanDiffer(f with { Compatible = false }, FrameMatcher.IsTime(x.Group)),
                });
            }

        var mentions = new List<TrainingSample>();
        var finder = new MentionFinder(index, new CompareOptions());
        var readerToLabel = report.Run.ArticleIds.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        for (int a = 0; a < index.Claims.Length; a++)
        {
            if (Label(a) is not { } label) continue;
            var quantity = cluster.Quantities[cluster.Claims[label].Quantity];
            var stating = quantity.Claims.Select(c => cluster.Claims[c].Article).ToHashSet();
            for (int s = 0; s < index.Sentences.Length; s++)
            {
                int article = index.SentenceArticle[s];
                if (article == index.ClaimArticle[a]) continue;
                var other = readerToLabel[index.Articles[article].ArticleId];
                if (stating.Contains(other)) continue;
                // Only sentences that name the claim's frame are weighed by the model (MentionFinder.Named).
                if (finder.Features(a, s) is not { } x || !MentionFinder.Named(index.Claims[a], x)) continue;
                mentions.Add(new TrainingSample(x, quantity.MentionedIn.Contains(other), cluster.Split, cluster.Name));
            }
        }
        return (pairs, mentions, vetoedPositives);
    }
}
