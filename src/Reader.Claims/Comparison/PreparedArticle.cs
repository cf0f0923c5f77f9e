using Reader.Claims.Extraction;
using Reader.Claims.Lexicon;
using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>
/// One article's sentences and claims made ready for comparison, and how many of its sentences hold each lemma
/// (which weighs shared context words between two articles: a word in every sentence of both says little).
/// Needs nothing from the rest of the edition.
/// </summary>
internal sealed record PreparedArticle(PreparedSentence[] Sentences, PreparedClaim[] Claims, Dictionary<string, int> SentenceFrequency)
{
    private static LexicalDatabase Lexicon => LexicalDatabase.Default;

    /// <param name="pool">Shares the words' strings across the articles of one build (names and words WordNet lacks are new strings).</param>
    public static PreparedArticle Of(ArticleInput article, TermPool pool)
    {
        var sentences = article.Sentences.Select(s => Sentence(s, pool)).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var lemma in s.Lemmas) frequency[lemma] = frequency.GetValueOrDefault(lemma) + 1;

        var sentenceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < article.Sentences.Count; i++) sentenceOf.TryAdd(article.Sentences[i].SentenceId, i);
        var claims = article.Claims.Select(c => Claim(c, sentenceOf.TryGetValue(c.SentenceId, out int s) ? s : -1, pool)).ToArray();
        var groups = new Dictionary<int, SortedSet<string>>();
        foreach (var c in claims)
            if (c.LocalSentence >= 0)
            {
                if (!groups.TryGetValue(c.LocalSentence, out var set)) groups[c.LocalSentence] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(c.Group);
            }
        foreach (var (s, set) in groups) sentences[s].ClaimGroups = [.. set];
        return new PreparedArticle(sentences, claims, frequency);
    }

    private static PreparedClaim Claim(ClaimInput input, int sentence, TermPool pool)
    {
        var frame = input.Claim.Frame;
        var measure = Readings(frame.Measure, PartOfSpeech.Noun);
        var predicate = Readings(frame.Predicate, PartOfSpeech.Verb);
        var context = new SortedSet<string>(frame.Context, StringComparer.Ordinal);
        var phraseConcepts = new SortedSet<int>();
        foreach (var (readings, lemmas) in ContentWords(frame.MeasureText))
        {
            foreach (var lemma in lemmas.Take(1)) context.Add(lemma);
            foreach (var e in readings) phraseConcepts.UnionWith(Lexicon.KeyConcepts(e, withParents: false));
        }
        context.Remove(frame.Measure);
        // The clause's words with the frame's own, as concepts: "sentencing" in one clause meets "sentence" as another's verb.
        var contextConcepts = new SortedSet<int>(phraseConcepts);
        foreach (var word in frame.Context)
            foreach (var e in Lexicon.Readings(word)) contextConcepts.UnionWith(Lexicon.KeyConcepts(e, withParents: false));
        foreach (var e in measure.Concat(predicate)) contextConcepts.UnionWith(Lexicon.KeyConcepts(e, withParents: false));

        var keys = new SortedSet<long>();
        foreach (var e in measure) foreach (var c in Lexicon.KeyConcepts(e, withParents: true)) keys.Add(c);
        foreach (var e in predicate) foreach (var c in Lexicon.KeyConcepts(e, withParents: true)) keys.Add(c);
        if (frame.Measure.Length > 0) keys.Add(WordKey(frame.Measure));
        foreach (var word in context) keys.Add(WordKey(word));
        // Every claim of a kind group is in one more list, read last (it is the longest): in an edition small enough
        // for the candidate cap, a claim meets every other of its group, whatever words they share.
        keys.Add(AnyKey);

        return new PreparedClaim
        {
            Input = input,
            Group = KindGroup.Of(input.Claim),
            Interval = ClaimIntervals.Of(input.Claim),
            Measure = measure,
            Predicate = predicate,
            Holder = Readings(frame.HolderHead, PartOfSpeech.Noun),
            Context = [.. context.Select(pool.Share)],
            PhraseConcepts = [.. phraseConcepts],
            ContextConcepts = [.. contextConcepts],
            Keys = [.. keys],
            LocalSentence = sentence,
        };
    }

    /// <summary>The key of the list that holds every claim of a group.</summary>
    public const long AnyKey = -1;

    /// <summary>Words are keyed apart from concepts (whose ids are small): the top bit marks a word.</summary>
    public static long WordKey(string lemma) => StableHash.Of(lemma) | (1L << 62);

    private static PreparedSentence Sentence(SentenceInput input, TermPool pool)
    {
        var words = new List<LexicalEntry>();
        var lemmas = new SortedSet<string>(StringComparer.Ordinal);
        var keys = new SortedSet<int>();
        foreach (var (readings, lemmaList) in ContentWords(input.Text))
        {
            foreach (var e in readings)
            {
                if (words.Contains(e)) continue;
                words.Add(e);
                foreach (var c in Lexicon.KeyConcepts(e, withParents: false)) keys.Add(c);
            }
            if (lemmaList.Count > 0) lemmas.Add(lemmaList[0]);
        }
        return new PreparedSentence { Input = input, Words = [.. words], Lemmas = [.. lemmas.Select(pool.Share)], Keys = [.. keys] };
    }

    /// <summary>Each content word of a text: its readings, and its lemmas (the noun's first, names lower-cased).</summary>
    private static IEnumerable<(LexicalEntry[] Readings, List<string> Lemmas)> ContentWords(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var s = new TokenStream(text);
        for (int i = 0; i < s.Count; i++)
        {
            if (!FrameWords.IsContent(s, i)) continue;
            var readings = Lexicon.Readings(FrameWords.Word(s, i));
            var lemmas = readings.OrderBy(e => e.Pos).Select(e => Lexicon.Table.Lemma(e.Lemma)).Distinct().ToList();
            if (lemmas.Count == 0) lemmas.Add(FrameWords.Word(s, i).ToLowerInvariant());
            yield return (readings, lemmas);
        }
    }

    private static LexicalEntry[] Readings(string lemma, PartOfSpeech pos) =>
        lemma.Length == 0 ? [] : Lexicon.Readings(lemma).Where(e => e.Pos == pos).ToArray();
}
