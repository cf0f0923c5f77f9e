namespace Reader.Claims.Comparison;

/// <summary>
/// Everything the comparison looks up: prepared claims and sentences, term weights, and inverted indexes
/// (kind+term → claims, term → sentences) so each claim only meets the claims that share its words.
/// Claims and sentences are numbered article by article, so each article's are one run of ids; a preview edit
/// replaces one run in place (<see cref="IndexEdit"/>).
/// </summary>
internal sealed class EditionIndex
{
    public required ArticleInput[] Articles { get; init; }
    public required PreparedClaim[] Claims { get; set; }
    public required PreparedSentence[] Sentences { get; set; }
    public required TermTable Table { get; init; }
    public required KeyTable Keys { get; init; }
    public required Dictionary<long, int[]> ClaimPostings { get; init; }
    /// <summary>Sentence ids by term id: one list (maybe empty) for every interned term.</summary>
    public required int[][] SentencePostings { get; set; }

    public static long PostingKey(int key, int term) => ((long)key << 32) | (uint)term;

    public int[] ClaimsWith(int key, int term) =>
        ClaimPostings.TryGetValue(PostingKey(key, term), out var list) ? list : [];

    public static EditionIndex Build(IReadOnlyList<ArticleInput> articles)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        var pool = new Text.TermPool();
        Parallel.For(0, articles.Count, i => analyses[i] = ArticleAnalysis.Of(articles[i], pool));
        return Build(analyses);
    }

    /// <summary>
    /// Interns already analysed articles in article order. The analysis itself is done per article, in the
    /// pipeline's parallel Parse stage and kept with the article, so a preview edit re-analyses only the
    /// article it touched.
    /// </summary>
    public static EditionIndex Build(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var table = new TermTable();
        var keys = new KeyTable();
        var sentences = new List<PreparedSentence>();
        var claims = new List<PreparedClaim>();
        for (int a = 0; a < analyses.Count; a++)
        {
            int article = a;
            var prepared = PreparedArticle.Of(a, analyses[a], claims.Count, sentences.Count, keys,
                terms => table.InternAll(terms, article), term => table.Intern(term, article));
            sentences.AddRange(prepared.Sentences);
            claims.AddRange(prepared.Claims);
        }
        table.Freeze(analyses.Count);
        foreach (var claim in claims) claim.Weight = table.TotalWeight(claim.Terms);

        return new EditionIndex
        {
            Articles = [.. analyses.Select(a => a.Input)],
            Claims = [.. claims],
            Sentences = [.. sentences],
            Table = table,
            Keys = keys,
            ClaimPostings = BuildClaimPostings(claims),
            SentencePostings = BuildSentencePostings(sentences, table.Count),
        };
    }

    /// <summary>Whether a claim is indexed for others to find: only claims with a usable value are compared.</summary>
    public static bool IsPosted(PreparedClaim claim) => claim.Interval is not null;

    private static Dictionary<long, int[]> BuildClaimPostings(List<PreparedClaim> claims)
    {
        var lists = new Dictionary<long, List<int>>();
        foreach (var claim in claims)
        {
            if (!IsPosted(claim)) continue;
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
