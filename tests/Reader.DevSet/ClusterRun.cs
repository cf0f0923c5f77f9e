using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.DevSet;

/// <summary>
/// One labelled cluster built as Reader builds any edition (Load → Parse → Analyse), with every extracted claim
/// placed at its offset in the article body so it can be set against the labels. The articles are copied into a
/// temporary folder outside the repository (a BBC cluster picks a few files from a folder of thousands) and the
/// folder is deleted again.
/// </summary>
public sealed class ClusterRun
{
    public required Edition Edition { get; init; }
    /// <summary>Label article id → Reader article id (the file name without extension).</summary>
    public required IReadOnlyDictionary<string, string> ArticleIds { get; init; }
    public required IReadOnlyList<ExtractedClaim> Claims { get; init; }
    public required IReadOnlyDictionary<string, ExtractedClaim> ClaimsById { get; init; }
    public required TimeSpan AnalyseTime { get; init; }

    /// <summary>Loads and parses the cluster's articles (once; <see cref="Analyse"/> may then run with several options).</summary>
    public static ParsedCluster Parse(LabelledCluster cluster)
    {
        var folder = Directory.CreateTempSubdirectory("reader-devset-");
        try
        {
            foreach (var file in cluster.Articles.Values)
                File.Copy(Path.Combine(cluster.Folder, file), Path.Combine(folder.FullName, file));
            var clusterJson = Path.Combine(cluster.Folder, "cluster.json");
            if (File.Exists(clusterJson)) File.Copy(clusterJson, Path.Combine(folder.FullName, "cluster.json"));
            var diagnostics = new Diagnostics();
            var input = new LoadSources().Run(folder.FullName, diagnostics);
            var articles = new ParseArticles().Run(input, diagnostics);
            if (diagnostics.HasErrors)
                throw new InvalidOperationException($"{cluster.Name}: {string.Join("; ", diagnostics.All.Where(d => d.Severity == Severity.Error))}");
            return new ParsedCluster(cluster, articles, input.Config);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static ClusterRun Build(LabelledCluster cluster, CompareOptions? options = null) => Analyse(Parse(cluster), options);

    /// <summary>The Analyse stage over parsed articles, as a build runs it, with the given comparison options.</summary>
    public static ClusterRun Analyse(ParsedCluster parsed, CompareOptions? options = null)
    {
        var cluster = parsed.Cluster;
        {
            var diagnostics = new Diagnostics();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var comparer = new EditionComparer(options);
            var edition = new AnalyseEdition(comparer.Compare).Run(parsed.Articles, parsed.Config, includeDrafts: true, diagnostics);
            var analyse = watch.Elapsed;

            var ids = cluster.Articles.ToDictionary(a => a.Key, a => Path.GetFileNameWithoutExtension(a.Value), StringComparer.Ordinal);
            var claims = new List<ExtractedClaim>();
            foreach (var (label, readerId) in ids)
                if (edition.Find(readerId) is { } article)
                    claims.AddRange(Place(label, article, cluster.Bodies[label]));
            return new ClusterRun
            {
                Edition = edition,
                ArticleIds = ids,
                Claims = claims,
                ClaimsById = claims.ToDictionary(c => c.Claim.ClaimId, StringComparer.Ordinal),
                AnalyseTime = analyse,
            };
        }
    }

    /// <summary>
    /// Finds each claim's sentence in the body (in order, whitespace-insensitive) and the claim's words in it: the
    /// k-th claim with the same words in one sentence is their k-th occurrence there.
    /// </summary>
    private static IEnumerable<ExtractedClaim> Place(string label, Article article, string body)
    {
        var (flat, map) = Flatten(body);
        var sentenceTexts = article.Annotations.Sentences.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        int cursor = 0;
        string? lastSentence = null;
        int sentenceAt = -1;
        var seenInSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in article.Annotations.Claims)
        {
            var sentence = sentenceTexts.GetValueOrDefault(claim.SentenceId, "");
            if (sentence != lastSentence)
            {
                var (needle, _) = Flatten(sentence);
                int at = flat.IndexOf(needle, cursor, StringComparison.Ordinal);
                if (at < 0) at = flat.IndexOf(needle, StringComparison.Ordinal);
                sentenceAt = at;
                if (at >= 0) cursor = at + needle.Length;
                lastSentence = sentence;
                seenInSentence.Clear();
            }
            if (sentenceAt < 0) continue;
            var text = claim.Claim.Text;
            int nth = seenInSentence.GetValueOrDefault(text) + 1;
            seenInSentence[text] = nth;
            var (flatText, _) = Flatten(text);
            int from = sentenceAt - 1;
            int found = -1;
            for (int k = 0; k < nth; k++)
            {
                found = flat.IndexOf(flatText, from + 1, StringComparison.Ordinal);
                if (found < 0) break;
                from = found;
            }
            if (found < 0) continue;
            yield return new ExtractedClaim(claim, label, map[found], sentence);
        }
    }

    /// <summary>The text with every run of whitespace made one space, and each character's offset in the original.</summary>
    private static (string Flat, int[] Map) Flatten(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) { space = true; continue; }
            if (space && sb.Length > 0) { sb.Append(' '); map.Add(i); }
            space = false;
            sb.Append(text[i]);
            map.Add(i);
        }
        return (sb.ToString(), [.. map]);
    }
}
