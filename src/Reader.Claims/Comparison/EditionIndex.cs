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
        // Analysis is the expensive part and needs no shared state: do it in parallel, intern afterwards in
        // article order so ids (and every tie broken by them) come out the same on every run. A chunk at a time:
        // analysed terms are strings, several hundred MB for 10,000 articles if all were held at once. The next
        // chunk is analysed while this one is interned, so the serial interning doesn't leave cores idle.
        const int Chunk = 512;
        var analysed = new AnalysedArticle?[articles.Count];
        Task AnalyseChunk(int from) => Task.Run(() =>
            Parallel.For(from, Math.Min(articles.Count, from + Chunk), i => analysed[i] = AnalysedArticle.Of(articles[i])));
        var pending = articles.Count > 0 ? AnalyseChunk(0) : Task.CompletedTask;

        var table = new TermTable();
        var keys = new List<string>();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<PreparedSentence>();
        var claims = new List<PreparedClaim>();
        for (int a = 0; a < articles.Count; a++)
        {
            if (a % Chunk == 0)
            {
                pending.GetAwaiter().GetResult(); // chunk a..a+Chunk is ready
                if (a + Chunk < articles.Count) pending = AnalyseChunk(a + Chunk);
            }
            var article = articles[a];
            var result = analysed[a]!;
            analysed[a] = null;
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
        table.Freeze(articles.Count);
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

    /// <summary>The result of analysing one article's text, before interning.</summary>
    private sealed record AnalysedArticle(IReadOnlyList<string>[] SentenceTerms, ClaimAnalysis[] Claims)
    {
        public static AnalysedArticle Of(ArticleInput article)
        {
            var sentenceTerms = article.Sentences.Select(s => TermExtractor.Terms(s.Text)).ToArray();
            var textById = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int s = 0; s < article.Sentences.Count; s++) textById.TryAdd(article.Sentences[s].SentenceId, s);
            var claims = article.Claims.Select(c =>
            {
                int s = textById.TryGetValue(c.SentenceId, out int i) ? i : -1;
                return ClaimAnalysis.Of(c, s >= 0 ? article.Sentences[s].Text : "", s >= 0 ? sentenceTerms[s] : []);
            }).ToArray();
            return new AnalysedArticle(sentenceTerms, claims);
        }
    }

    private sealed record ClaimAnalysis(string Key, string Head, IReadOnlyList<string> Terms, IReadOnlyList<string> Local, string Event, IReadOnlyList<string> Near, IReadOnlyList<string> NearNames)
    {
        public static ClaimAnalysis Of(ClaimInput input, string sentence, IReadOnlyList<string> sentenceTerms)
        {
            var claim = input.Claim;
            string key = ComparabilityKey.Of(claim);
            // The figure's own words ("billion", "February") are the value, not the subject.
            var figure = new HashSet<string>(TermExtractor.Terms(claim.Text), StringComparer.Ordinal);
            var subject = claim.Subject.Terms.Count > 0 ? claim.Subject.Terms : sentenceTerms;
            // Counts carry their counted noun in the key; other kinds may still name an event ("summit").
            string head = claim.Kind is Model.ClaimKind.Count or Model.ClaimKind.Ordinal
                ? key[(key.IndexOf('|') + 1)..]
                : TermExtractor.Terms(claim.Subject.Head) is { Count: > 0 } h ? h[^1] : "";
            var terms = subject.Where(t => !figure.Contains(t)).ToList();
            if (head != "" && !terms.Contains(head)) terms.Add(head);
            var (local, eventWord) = LocalTerms.Around(sentence, claim.Text, head);
            return new ClaimAnalysis(key, head, terms, local, eventWord, LocalTerms.Near(sentence, claim.Text), LocalTerms.NamesNear(sentence, claim.Text));
        }
    }
}
