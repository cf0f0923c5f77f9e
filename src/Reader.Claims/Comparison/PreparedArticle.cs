using Reader.Claims.Extraction;
using Reader.Claims.Lexicon;
using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>
/// One article's sentences and claims made ready for comparison, and how many of its sentences hold each lemma
/// (which weighs shared context words between two articles: a word in every sentence of both says little).
/// Needs nothing from the rest of the edition.
/// </summary>
internal sealed record PreparedArticle(PreparedSentence[] Sentences, PreparedClaim[] Claims)
{
    private static LexicalDatabase Lexicon => LexicalDatabase.Default;

    /// <param name="pool">Shares the words' strings across the articles of one build (names and words WordNet lacks are new strings).</param>
    public static PreparedArticle Of(ArticleInput article, TermPool pool)
    {
        var words = article.Sentences.Select(s => ContentWords(s.Text).ToList()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in words)
            foreach (var lemma in sentence.Select(w => w.Lemmas[0]).Distinct()) frequency[lemma] = frequency.GetValueOrDefault(lemma) + 1;
        var weights = new PreparedArticleWords(article.Sentences.Count, frequency);
        var sentences = article.Sentences.Select((s, i) => Sentence(s, words[i], weights, pool)).ToArray();

        var sentenceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < article.Sentences.Count; i++) sentenceOf.TryAdd(article.Sentences[i].SentenceId, i);
        var claims = article.Claims.Select(c => Claim(c, sentenceOf.TryGetValue(c.SentenceId, out int s) ? s : -1, weights, pool)).ToArray();
        var groups = new Dictionary<int, SortedSet<string>>();
        foreach (var c in claims)
            if (c.LocalSentence >= 0)
            {
                if (!groups.TryGetValue(c.LocalSentence, out var set)) groups[c.LocalSentence] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(c.Group);
            }
        foreach (var (s, set) in groups) sentences[s].ClaimGroups = [.. set];
        return new PreparedArticle(sentences, claims);
    }

    private static PreparedClaim Claim(ClaimInput input, int sentence, PreparedArticleWords weights, TermPool pool)
    {
        var frame = input.Claim.Frame;
        var measure = Lexicon.Profile(frame.Measure, LexicalDatabase.Mask(PartOfSpeech.Noun));
        var predicate = Lexicon.Profile(frame.Predicate, LexicalDatabase.Mask(PartOfSpeech.Verb));
        var context = new SortedSet<string>(frame.Context, StringComparer.Ordinal);
        var phraseConcepts = new SortedSet<int>();
        foreach (var w in ContentWords(frame.MeasureText))
        {
            context.Add(w.Lemmas[0]);
            foreach (var e in w.Readings) phraseConcepts.UnionWith(Lexicon.Profile(Lexicon.Table.Lemma(e.Lemma), LexicalDatabase.Mask(e.Pos)).Roots);
        }
        context.Remove(frame.Measure);
        // The clause's words with the frame's own, as concepts: "sentencing" in one clause meets "sentence" as another's verb.
        var contextConcepts = new SortedSet<int>(phraseConcepts);
        foreach (var word in frame.Context) contextConcepts.UnionWith(Lexicon.Profile(word).Roots);
        contextConcepts.UnionWith(measure.Roots);
        contextConcepts.UnionWith(predicate.Roots);

        var keys = new SortedSet<long>();
        foreach (var profile in new[] { measure, predicate })
        {
            foreach (var c in profile.Roots) keys.Add(c);
            foreach (var c in profile.Own) keys.Add(c);
            foreach (var c in profile.Parents) keys.Add(c);
        }
        if (frame.Measure.Length > 0) keys.Add(WordKey(frame.Measure));
        foreach (var word in context) keys.Add(WordKey(word));
        // Every claim of a kind group is in one more list, read last (it is the longest): in an edition small enough
        // for the candidate cap, a claim meets every other of its group, whatever words they share.
        keys.Add(AnyKey);

        var shared = context.Select(pool.Share).ToArray();
        var interval = ClaimIntervals.Of(input.Claim);
        var anchors = new SortedSet<int>(measure.Roots);
        anchors.UnionWith(predicate.Roots);
        return new PreparedClaim
        {
            Input = input,
            Frame = frame,
            Group = KindGroup.Of(input.Claim),
            Interval = interval,
            Measure = measure,
            Predicate = predicate,
            Holder = Lexicon.Profile(frame.HolderHead, LexicalDatabase.Mask(PartOfSpeech.Noun)),
            Context = shared,
            ContextWords = WeightedWords.Of(shared, weights),
            PhraseConcepts = [.. phraseConcepts],
            ContextConcepts = [.. contextConcepts],
            Keys = [.. keys],
            Reported = frame.PredicateText.Length > 0 && FrameWords.IsReportingWord(frame.PredicateText[(frame.PredicateText.LastIndexOf(' ') + 1)..]),
            Explicit = input.Claim.Text.Any(char.IsAsciiDigit),
            LocalSentence = sentence,
            Anchors = [.. anchors],
            Small = PairFeatures.IsSmall(input.Claim),
            Counted = PairFeatures.Counted(input.Claim),
            Open = interval is { } i && double.IsPositiveInfinity(i.High),
        };
    }

    /// <summary>The key of the list that holds every claim of a group.</summary>
    public const long AnyKey = -1;

    /// <summary>Words are keyed apart from concepts (whose ids are small): the top bit marks a word.</summary>
    public static long WordKey(string lemma) => StableHash.Of(lemma) | (1L << 62);

    private static PreparedSentence Sentence(SentenceInput input, List<ContentWord> words, PreparedArticleWords weights, TermPool pool)
    {
        // Collected in plain lists and sorted once at the end: sorted sets cost a node per item, and every sentence
        // of the edition passes through here while the build keeps what it has parsed.
        var readings = new List<LexicalEntry>(words.Count);
        var lemmas = new List<string>(words.Count);
        var keys = new List<int>();
        foreach (var w in words)
        {
            foreach (var e in w.Readings)
            {
                if (readings.Contains(e)) continue;
                readings.Add(e);
                keys.AddRange(Lexicon.Profile(Lexicon.Table.Lemma(e.Lemma), LexicalDatabase.Mask(e.Pos)).Roots);
            }
            lemmas.Add(w.Lemmas[0]);
        }
        var shared = SortedDistinct(lemmas);
        for (int i = 0; i < shared.Length; i++) shared[i] = pool.Share(shared[i]);
        keys.Sort();
        return new PreparedSentence
        {
            Input = input,
            Words = [.. readings],
            Lemmas = shared,
            Weighted = WeightedWords.Of(shared, weights),
            Keys = Distinct(keys),
        };
    }

    /// <summary>The strings in ordinal order, each once.</summary>
    private static string[] SortedDistinct(List<string> items)
    {
        items.Sort(StringComparer.Ordinal);
        int n = 0;
        for (int i = 0; i < items.Count; i++)
            if (n == 0 || !string.Equals(items[n - 1], items[i], StringComparison.Ordinal)) items[n++] = items[i];
        return items.GetRange(0, n).ToArray();
    }

    /// <summary>A sorted list's items, each once.</summary>
    private static int[] Distinct(List<int> sorted)
    {
        int n = 0;
        for (int i = 0; i < sorted.Count; i++)
            if (n == 0 || sorted[n - 1] != sorted[i]) sorted[n++] = sorted[i];
        return sorted.GetRange(0, n).ToArray();
    }

    /// <summary>
    /// The readings' lemmas by part of speech (a stable order: the noun's first), each once; the word itself,
    /// lower-cased, when it has no reading. Without LINQ: it runs once per word of the edition.
    /// </summary>
    private static List<string> Lemmas(LexicalEntry[] readings, TokenStream s, int i)
    {
        var lemmas = new List<string>(Math.Max(1, readings.Length));
        if (readings.Length == 0)
        {
            lemmas.Add(FrameWords.Word(s, i).ToLowerInvariant());
            return lemmas;
        }
        var ordered = readings;
        if (readings.Length > 1)
        {
            ordered = (LexicalEntry[])readings.Clone();
            // Insertion sort keeps equal parts of speech in their order, as OrderBy did.
            for (int k = 1; k < ordered.Length; k++)
            {
                var e = ordered[k];
                int j = k - 1;
                while (j >= 0 && ordered[j].Pos > e.Pos) { ordered[j + 1] = ordered[j]; j--; }
                ordered[j + 1] = e;
            }
        }
        foreach (var e in ordered)
        {
            var lemma = Lexicon.Table.Lemma(e.Lemma);
            if (!lemmas.Contains(lemma)) lemmas.Add(lemma);
        }
        return lemmas;
    }

    /// <summary>One content word of a text: its readings, and its lemmas (the noun's first, names lower-cased).</summary>
    private readonly record struct ContentWord(LexicalEntry[] Readings, List<string> Lemmas);

    private static IEnumerable<ContentWord> ContentWords(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var s = new TokenStream(text);
        for (int i = 0; i < s.Count; i++)
        {
            if (!FrameWords.IsContent(s, i)) continue;
            var readings = Lexicon.Readings(FrameWords.Word(s, i));
            yield return new ContentWord(readings, Lemmas(readings, s, i));
        }
    }
}
