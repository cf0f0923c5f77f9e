using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>
/// Everything the comparison looks up: prepared claims and sentences, term weights, and inverted indexes
/// (kind+term → claims, term → sentences) so each claim only meets the claims that share its words.
/// </summary>
internal sealed class EditionIndex
{
    public required IReadOnlyList<ArticleInput> Articles { get; init; }
    public required PreparedClaim[] Claims { get; init; }
    public required PreparedSentence[] Sentences { get; init; }
    public required TermTable Table { get; init; }
    public required IReadOnlyDictionary<long, int[]> ClaimPostings { get; init; }
    public required int[][] SentencePostings { get; init; }
    public required IReadOnlyList<string> Keys { get; init; }

    public static long PostingKey(int key, int term) => ((long)key << 32) | (uint)term;

    public int[] ClaimsWith(int key, int term) =>
        ClaimPostings.TryGetValue(PostingKey(key, term), out var list) ? list : [];

    public static EditionIndex Build(IReadOnlyList<ArticleInput> articles)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        Parallel.For(0, articles.Count, i => analyses[i] = ArticleAnalysis.Of(articles[i]));
        return Build(analyses);
    }

    /// <summary>
    /// Interns already analysed articles in article order, so ids (and every tie broken by them) come out the
    /// same on every run. The analysis itself is done per article, in the pipeline's parallel Parse stage and
    /// kept with the article, so a preview edit re-analyses only the article it touched.
    /// </summary>
    public static EditionIndex Build(IReadOnlyList<ArticleAnalysis> analyses)
    {
        ArticleInput[] articles = [.. analyses.Select(a => a.Input)];
        var table = new TermTable();
        var keys = new List<string>();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<PreparedSentence>();
        var claims = new List<PreparedClaim>();
        for (int a = 0; a < articles.Length; a++)
        {
            var article = articles[a];
            var result = analyses[a].Result;
            var sentenceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var sentenceKeys = new Dictionary<int, SortedSet<int>>();
            for (int s = 0; s < article.Sentences.Count; s++)
            {
                sentenceIndex.TryAdd(article.Sentences[s].SentenceId, sentences.Count);
                sentences.Add(new PreparedSentence
                {
                    Index = sentences.Count,
                    Article = a,
                    Input = article.Sentences[s],
                    Terms = table.InternAll(result.SentenceTerms[s], a),
                    ClaimKeys = [],
                });
            }
            for (int c = 0; c < article.Claims.Count; c++)
            {
                var input = article.Claims[c];
                var analysis = result.Claims[c];
                if (!keyIds.TryGetValue(analysis.Key, out int key))
                {
                    key = keys.Count;
                    keyIds.Add(analysis.Key, key);
                    keys.Add(analysis.Key);
                }
                int head = analysis.Head == "" ? -1 : table.Intern(analysis.Head, a);
                int sentence = sentenceIndex.TryGetValue(input.SentenceId, out int si) ? si : -1;
                if (sentence >= 0)
                {
                    if (!sentenceKeys.TryGetValue(sentence, out var set)) sentenceKeys[sentence] = set = [];
                    set.Add(key);
                }
                claims.Add(new PreparedClaim
                {
                    Index = claims.Count,
                    Article = a,
                    Input = input,
                    Key = key,
                    Headless = ComparabilityKey.IsHeadless(analysis.Key),
                    Interval = ClaimIntervals.Of(input.Claim),
                    Terms = table.InternAll(analysis.Terms, a),
                    Weight = 0,
                    Local = table.InternAll(analysis.Local, a),
                    Near = table.InternAll(analysis.Near, a),
                    NearNames = table.InternAll(analysis.NearNames, a),
                    Event = analysis.Event == "" ? -1 : table.Intern(analysis.Event, a),
                    Head = head,
                    Sentence = sentence,
                });
            }
            foreach (var (sentence, set) in sentenceKeys) sentences[sentence].ClaimKeys = [.. set];
        }
        table.Freeze(articles.Length);
        foreach (var claim in claims) claim.Weight = table.TotalWeight(claim.Terms);

        return new EditionIndex
        {
            Articles = articles,
            Claims = [.. claims],
            Sentences = [.. sentences],
            Table = table,
            ClaimPostings = BuildClaimPostings(claims),
            SentencePostings = BuildSentencePostings(sentences, table.Count),
            Keys = keys,
        };
    }

    private static Dictionary<long, int[]> BuildClaimPostings(List<PreparedClaim> claims)
    {
        var lists = new Dictionary<long, List<int>>();
        foreach (var claim in claims)
        {
            if (claim.Interval is null) continue;
            foreach (var term in claim.Terms)
            {
                long k = PostingKey(claim.Key, term);
                if (!lists.TryGetValue(k, out var list)) lists[k] = list = [];
                list.Add(claim.Index); // claims arrive in index order: lists are sorted
            }
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static int[][] BuildSentencePostings(List<PreparedSentence> sentences, int terms)
    {
        var counts = new int[terms];
        foreach (var s in sentences) foreach (var t in s.Terms) counts[t]++;
        var postings = new int[terms][];
        for (int t = 0; t < terms; t++) postings[t] = new int[counts[t]];
        var fill = new int[terms];
        foreach (var s in sentences) foreach (var t in s.Terms) postings[t][fill[t]++] = s.Index;
        return postings;
    }
}
