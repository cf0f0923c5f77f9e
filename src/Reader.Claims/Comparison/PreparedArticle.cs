namespace Reader.Claims.Comparison;

/// <summary>One article's sentences and claims, interned and numbered from given positions in the edition.</summary>
internal sealed record PreparedArticle(List<PreparedSentence> Sentences, List<PreparedClaim> Claims)
{
    /// <param name="internAll">Interns terms, returning sorted distinct ids.</param>
    /// <param name="intern">Interns one term.</param>
    public static PreparedArticle Of(int article, ArticleAnalysis analysis, int firstClaim, int firstSentence,
        KeyTable keys, Func<IEnumerable<string>, int[]> internAll, Func<string, int> intern)
    {
        var input = analysis.Input;
        var result = analysis.Result;
        var sentences = new List<PreparedSentence>(input.Sentences.Count);
        var claims = new List<PreparedClaim>(input.Claims.Count);
        var sentenceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentenceKeys = new Dictionary<int, SortedSet<int>>();
        for (int s = 0; s < input.Sentences.Count; s++)
        {
            sentenceIndex.TryAdd(input.Sentences[s].SentenceId, firstSentence + s);
            sentences.Add(new PreparedSentence
            {
                Index = firstSentence + s,
                Article = article,
                Input = input.Sentences[s],
                Terms = internAll(result.SentenceTerms[s]),
                ClaimKeys = [],
            });
        }
        for (int c = 0; c < input.Claims.Count; c++)
        {
            var claim = input.Claims[c];
            var analysed = result.Claims[c];
            int key = keys.Intern(analysed.Key);
            int sentence = sentenceIndex.TryGetValue(claim.SentenceId, out int si) ? si : -1;
            if (sentence >= 0)
            {
                if (!sentenceKeys.TryGetValue(sentence, out var set)) sentenceKeys[sentence] = set = [];
                set.Add(key);
            }
            claims.Add(new PreparedClaim
            {
                Index = firstClaim + c,
                Article = article,
                Input = claim,
                Key = key,
                Headless = ComparabilityKey.IsHeadless(analysed.Key),
                Interval = ClaimIntervals.Of(claim.Claim),
                Terms = internAll(analysed.Terms),
                Weight = 0,
                Local = internAll(analysed.Local),
                Near = internAll(analysed.Near),
                NearNames = internAll(analysed.NearNames),
                Event = analysed.Event == "" ? -1 : intern(analysed.Event),
                Head = analysed.Head == "" ? -1 : intern(analysed.Head),
                Sentence = sentence,
            });
        }
        foreach (var (sentence, set) in sentenceKeys) sentences[sentence - firstSentence].ClaimKeys = [.. set];
        return new PreparedArticle(sentences, claims);
    }

    /// <summary>Every term id the article interned (sorted, distinct): what its article frequency counts.</summary>
    public static int[] TermsOf(IEnumerable<PreparedSentence> sentences, IEnumerable<PreparedClaim> claims)
    {
        var all = new SortedSet<int>();
        foreach (var s in sentences) all.UnionWith(s.Terms);
        foreach (var c in claims)
        {
            all.UnionWith(c.Terms);
            all.UnionWith(c.Local);
            all.UnionWith(c.Near);
            all.UnionWith(c.NearNames);
            if (c.Event >= 0) all.Add(c.Event);
            if (c.Head >= 0) all.Add(c.Head);
        }
        return [.. all];
    }
}
