namespace Reader.Claims.Comparison;

/// <summary>
/// Everything the comparison looks up for one edition: the prepared claims and sentences of every article,
/// numbered article by article (each article's are one run of ids), the article each belongs to, and inverted
/// indexes — claims by (kind group, key), sentences by concept — so a claim meets only what shares its frame's
/// concepts or its clause's words, never every other claim.
/// </summary>
internal sealed class EditionIndex
{
    public required ArticleInput[] Articles { get; init; }
    public required PreparedArticle[] Prepared { get; init; }
    public required PreparedClaim[] Claims { get; init; }
    public required int[] ClaimArticle { get; init; }
    /// <summary>Each article's first claim id; one entry more than there are articles, so an article's claims are [FirstClaim[a], FirstClaim[a + 1]).</summary>
    public required int[] FirstClaim { get; init; }
    /// <summary>Each article's first sentence id, with one entry more than there are articles (as <see cref="FirstClaim"/>).</summary>
    public required int[] FirstSentence { get; init; }
    /// <summary>A claim's sentence in the edition's numbering, or -1.</summary>
    public required int[] ClaimSentence { get; init; }
    public required PreparedSentence[] Sentences { get; init; }
    public required int[] SentenceArticle { get; init; }
    public required Dictionary<(string Group, long Key), int[]> ClaimPostings { get; init; }
    public required Dictionary<int, int[]> SentencePostings { get; init; }

    public int[] ClaimsWith(string group, long key) => ClaimPostings.TryGetValue((group, key), out var ids) ? ids : [];

    /// <summary>An article's claims of one kind group, in order: what uniqueness counts among.</summary>
    public required Dictionary<(int Article, string Group), int[]> GroupClaims { get; init; }

    public int[] ClaimsOf(int article, string group) => GroupClaims.TryGetValue((article, group), out var ids) ? ids : [];

    /// <summary>Per claim, its article's claims of its kind group (<see cref="ClaimsOf"/> for its own article and group), looked up once.</summary>
    public required int[][] GroupMates { get; init; }

    public int[] SentencesWith(int concept) => SentencePostings.TryGetValue(concept, out var ids) ? ids : [];

    public static EditionIndex Build(IReadOnlyList<ArticleInput> articles)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        var pool = new Text.TermPool();
        Parallel.For(0, articles.Count, i => analyses[i] = ArticleAnalysis.Of(articles[i], pool));
        return Build(analyses);
    }

    public static EditionIndex Build(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var claims = new List<PreparedClaim>();
        var claimArticle = new List<int>();
        var claimSentence = new List<int>();
        var sentences = new List<PreparedSentence>();
        var sentenceArticle = new List<int>();
        var claimLists = new Dictionary<(string, long), List<int>>();
        var firstClaim = new int[analyses.Count + 1];
        var firstSentenceOf = new int[analyses.Count + 1];
        var sentenceLists = new Dictionary<int, List<int>>();
        var groupLists = new Dictionary<(int, string), List<int>>();
        for (int a = 0; a < analyses.Count; a++)
        {
            var prepared = analyses[a].Result;
            firstClaim[a] = claims.Count;
            firstSentenceOf[a] = sentences.Count;
            int firstSentence = sentences.Count;
            foreach (var s in prepared.Sentences)
            {
                foreach (var k in s.Keys) Add(sentenceLists, k, sentences.Count);
                sentences.Add(s);
                sentenceArticle.Add(a);
            }
            foreach (var c in prepared.Claims)
            {
                // Only claims with a usable value are found by others; any claim may still find mentions.
                if (c.Interval is not null)
                    foreach (var k in c.Keys) Add(claimLists, (c.Group, k), claims.Count);
                Add(groupLists, (a, c.Group), claims.Count);
                claims.Add(c);
                claimArticle.Add(a);
                claimSentence.Add(c.LocalSentence >= 0 ? firstSentence + c.LocalSentence : -1);
            }
        }
        firstClaim[analyses.Count] = claims.Count;
        firstSentenceOf[analyses.Count] = sentences.Count;
        var groupClaims = groupLists.ToDictionary(p => p.Key, p => p.Value.ToArray());
        var mates = new int[claims.Count][];
        foreach (var ids in groupClaims.Values)
            foreach (var id in ids) mates[id] = ids;
        return new EditionIndex
        {
            FirstClaim = firstClaim,
            FirstSentence = firstSentenceOf,
            Articles = [.. analyses.Select(x => x.Input)],
            Prepared = [.. analyses.Select(x => x.Result)],
            Claims = [.. claims],
            ClaimArticle = [.. claimArticle],
            ClaimSentence = [.. claimSentence],
            Sentences = [.. sentences],
            SentenceArticle = [.. sentenceArticle],
            // Ids were added in ascending order: every list is sorted.
            ClaimPostings = claimLists.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            SentencePostings = sentenceLists.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            GroupClaims = groupClaims,
            GroupMates = mates,
        };
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int id) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(id);
    }
}
