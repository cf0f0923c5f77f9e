namespace Reader.Claims.Comparison;

/// <summary>
/// Replaces one article of an <see cref="EditionIndex"/> in place: its run of claims and sentences, its term
/// counts and the posting lists it is in. Every other article keeps its prepared claims and sentences (only
/// their ids move), so an edit costs about the article plus one pass over the ids — not a rebuild.
/// </summary>
internal static class IndexEdit
{
    public static IndexChange Replace(EditionIndex index, int article, ArticleAnalysis next)
    {
        var (cs, ce) = Run(index.Claims, c => c.Article, article);
        var (ss, se) = Run(index.Sentences, s => s.Article, article);
        var oldClaims = index.Claims[cs..ce];
        var oldSentences = index.Sentences[ss..se];

        var table = index.Table;
        var prepared = PreparedArticle.Of(article, next, cs, ss, index.Keys, table.InternAllUncounted, table.InternUncounted);
        var reweighed = table.Replace(
            PreparedArticle.TermsOf(oldSentences, oldClaims),
            PreparedArticle.TermsOf(prepared.Sentences, prepared.Claims));

        var oldClaimLists = ClaimListsOf(oldClaims);
        var newClaimLists = ClaimListsOf(prepared.Claims);
        var oldSentenceLists = SentenceListsOf(oldSentences);
        var newSentenceLists = SentenceListsOf(prepared.Sentences);
        int claimShift = prepared.Claims.Count - (ce - cs);
        int sentenceShift = prepared.Sentences.Count - (se - ss);
        var change = new IndexChange
        {
            ClaimStart = cs,
            OldClaimEnd = ce,
            ClaimShift = claimShift,
            SentenceStart = ss,
            OldSentenceEnd = se,
            SentenceShift = sentenceShift,
            ClaimLists = [.. oldClaimLists.Keys.Union(newClaimLists.Keys)],
            SentenceLists = [.. oldSentenceLists.Keys.Union(newSentenceLists.Keys)],
            ReshapedClaimLists = Reshaped(oldClaimLists, newClaimLists, claimShift != 0 || sentenceShift != 0),
            ReshapedSentenceLists = Reshaped(oldSentenceLists, newSentenceLists, claimShift != 0 || sentenceShift != 0),
            Reweighed = reweighed,
            ReweighedClaimsByList = Reweigh(index, reweighed, article),
        };
        foreach (var claim in prepared.Claims) claim.Weight = table.TotalWeight(claim.Terms);

        index.Articles[article] = next.Input;
        index.Claims = Splice(index.Claims, cs, ce, prepared.Claims, claimShift != 0 || sentenceShift != 0, c =>
        {
            c.Index += claimShift;
            if (c.Sentence >= se) c.Sentence += sentenceShift;
        });
        index.Sentences = Splice(index.Sentences, ss, se, prepared.Sentences, sentenceShift != 0, s => s.Index += sentenceShift);
        UpdateClaimPostings(index, change, newClaimLists);
        UpdateSentencePostings(index, change, newSentenceLists);
        return change;
    }

    /// <summary>The run of ids [start, end) belonging to one article; items are ordered by article.</summary>
    private static (int Start, int End) Run<T>(T[] items, Func<T, int> articleOf, int article)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (articleOf(items[mid]) < article) lo = mid + 1; else hi = mid; }
        int end = lo;
        while (end < items.Length && articleOf(items[end]) == article) end++;
        return (lo, end);
    }

    /// <summary>The claim posting lists the claims are in, each with their ids (ascending).</summary>
    private static Dictionary<long, List<int>> ClaimListsOf(IEnumerable<PreparedClaim> claims)
    {
        var lists = new Dictionary<long, List<int>>();
        foreach (var claim in claims.Where(EditionIndex.IsPosted))
            foreach (var term in claim.Terms)
                Add(lists, EditionIndex.PostingKey(claim.Key, term), claim.Index);
        return lists;
    }

    private static Dictionary<long, List<int>> SentenceListsOf(IEnumerable<PreparedSentence> sentences)
    {
        var lists = new Dictionary<long, List<int>>();
        foreach (var sentence in sentences)
            foreach (var term in sentence.Terms) Add(lists, term, sentence.Index);
        return lists;
    }

    private static void Add(Dictionary<long, List<int>> lists, long key, int id)
    {
        if (!lists.TryGetValue(key, out var ids)) lists[key] = ids = [];
        ids.Add(id);
    }

    /// <summary>Lists whose ids differ between the two: all of them when ids moved.</summary>
    private static HashSet<long> Reshaped(Dictionary<long, List<int>> before, Dictionary<long, List<int>> after, bool moved) =>
        [.. before.Keys.Union(after.Keys).Where(key => moved ||
            !before.TryGetValue(key, out var x) || !after.TryGetValue(key, out var y) || !x.SequenceEqual(y))];

    /// <summary>
    /// Gives other articles' claims holding a reweighed subject term their new weight, and lists the posted ones
    /// whose subject or clause weights moved, by the lists they are in (old ids, ascending).
    /// </summary>
    private static Dictionary<long, List<int>> Reweigh(EditionIndex index, HashSet<int> reweighed, int article)
    {
        var byList = new Dictionary<long, List<int>>();
        if (reweighed.Count == 0) return byList;
        foreach (var claim in index.Claims)
        {
            if (claim.Article == article) continue;
            bool subject = claim.Terms.Any(reweighed.Contains);
            if (subject) claim.Weight = index.Table.TotalWeight(claim.Terms);
            if (!EditionIndex.IsPosted(claim) || !subject && !claim.Local.Any(reweighed.Contains)) continue;
            foreach (var term in claim.Terms) Add(byList, EditionIndex.PostingKey(claim.Key, term), claim.Index);
        }
        return byList;
    }

    private static T[] Splice<T>(T[] items, int start, int end, List<T> replacement, bool tailMoves, Action<T> moveTail)
    {
        var result = new T[items.Length - (end - start) + replacement.Count];
        Array.Copy(items, result, start);
        replacement.CopyTo(result, start);
        Array.Copy(items, end, result, start + replacement.Count, items.Length - end);
        if (tailMoves)
            for (int i = start + replacement.Count; i < result.Length; i++) moveTail(result[i]);
        return result;
    }

    private static void UpdateClaimPostings(EditionIndex index, IndexChange change, Dictionary<long, List<int>> additions)
    {
        var postings = index.ClaimPostings;
        var keys = change.ClaimShift != 0 ? postings.Keys.Union(change.ClaimLists).ToList() : [.. change.ClaimLists];
        foreach (var key in keys)
        {
            var list = postings.GetValueOrDefault(key, []);
            var spliced = SpliceIds(list, change.ClaimStart, change.OldClaimEnd, change.ClaimShift, additions.GetValueOrDefault(key));
            if (spliced.Length == 0) postings.Remove(key);
            else postings[key] = spliced;
        }
    }

    private static void UpdateSentencePostings(EditionIndex index, IndexChange change, Dictionary<long, List<int>> additions)
    {
        var postings = index.SentencePostings;
        if (postings.Length < index.Table.Count)
        {
            int old = postings.Length;
            Array.Resize(ref postings, index.Table.Count);
            for (int t = old; t < postings.Length; t++) postings[t] = [];
            index.SentencePostings = postings;
        }
        IEnumerable<long> terms = change.SentenceShift != 0
            ? Enumerable.Range(0, postings.Length).Select(t => (long)t)
            : change.SentenceLists;
        foreach (var term in terms)
            postings[term] = SpliceIds(postings[term], change.SentenceStart, change.OldSentenceEnd, change.SentenceShift, additions.GetValueOrDefault(term));
    }

    /// <summary>A sorted id list with [start, end) taken out, later ids moved by <paramref name="shift"/> and <paramref name="added"/> (sorted, from start) put in.</summary>
    private static int[] SpliceIds(int[] list, int start, int end, int shift, List<int>? added)
    {
        int before = LowerBound(list, start), after = LowerBound(list, end);
        if (before == after && (added is null || added.Count == 0) && (shift == 0 || after == list.Length)) return list;
        var result = new int[before + (added?.Count ?? 0) + list.Length - after];
        Array.Copy(list, result, before);
        int at = before;
        if (added is not null) foreach (var id in added) result[at++] = id;
        for (int i = after; i < list.Length; i++) result[at++] = list[i] + shift;
        return result;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
