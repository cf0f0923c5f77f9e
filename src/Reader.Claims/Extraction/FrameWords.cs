using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Lexicon;

namespace Reader.Claims.Extraction;

/// <summary>
/// What a frame needs to know of one token, without a part-of-speech tagger: WordNet says which parts of speech
/// a word can be (through its morphology); the word's form and its neighbour decide between them ("the spending
/// deal" is a noun phrase, "were wounded" a verb).
/// </summary>
internal static class FrameWords
{
    private static LexicalDatabase Lexicon => LexicalDatabase.Default;

    private static readonly WordSet Auxiliaries = new(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "get", "got", "gets");

    /// <summary>Words after which a bare verb form is a verb ("to divert", "will cut", "they vote").</summary>
    private static readonly WordSet VerbOpeners = new(
        "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "did", "does", "do",
        "he", "she", "they", "we", "i", "you", "it", "who", "which", "that");

    /// <summary>Words after which a verb-like word is a noun or a modifier ("the spending deal", "a vote").</summary>
    private static readonly WordSet NounOpeners = new(
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "whose",
        "each", "every", "no", "any", "some", "of", "for", "in", "on", "at", "by", "with", "from", "about", "into");

    public static bool IsAuxiliary(TokenStream s, int i) => s.IsWord(i) && Auxiliaries.Contains(s.Span(i));

    /// <summary>A word that can carry meaning in a frame: not a function word, a number word, a month or a weekday.</summary>
    public static bool IsContent(TokenStream s, int i)
    {
        if (!s.IsWord(i) || s.IsFunctionWord(i) || Auxiliaries.Contains(s.Span(i))) return false;
        // "Mr.", "Sen.": a title stands for the name after it.
        if (s.IsSymbol(i + 1, '.') && s.Glued(i + 1) && Text.Abbreviations.Titles.Contains(Word(s, i))) return false;
        var w = s.Span(i);
        return !(NumberWords.Units.Contains(w) || NumberWords.Tens.Contains(w) || NumberWords.Scales.Contains(w)
                 || NumberWords.Ordinals.Contains(w) || Months.Names.Contains(w) || Months.Weekdays.Contains(w));
    }

    public static string Word(TokenStream s, int i) => s.Span(i).ToString();

    public static bool CanBe(TokenStream s, int i, PartOfSpeech pos) => IsContent(s, i) && Lexicon.Has(Word(s, i), pos);

    /// <summary>The word's lemma in a part of speech ("wounded" → "wound"), or "" when it has no such reading.</summary>
    public static string Lemma(TokenStream s, int i, PartOfSpeech pos)
    {
        foreach (var e in Lexicon.Readings(Word(s, i)))
            if (e.Pos == pos) return Lexicon.Table.Lemma(e.Lemma);
        return "";
    }

    /// <summary>A noun heading a phrase: capitalised names count (they are what is measured or who holds it).</summary>
    public static bool IsNoun(TokenStream s, int i)
    {
        if (!IsContent(s, i)) return false;
        // A capital inside a sentence marks a name; at its start it marks nothing, and the lexicon decides.
        if (s.IsCapitalised(i) && !OpensSentence(s, i)) return true;
        if (!Lexicon.Has(Word(s, i), PartOfSpeech.Noun)) return false;
        // "voted", "killed": a form only a verb has is no noun, whatever WordNet lists for its stem.
        return !(IsInflectedVerb(s, i) && !Lexicon.Has(Word(s, i), PartOfSpeech.Adjective) && !HasNounForm(s, i));
    }

    /// <summary>
    /// A verb in this place. Inflected forms ("wounded", "killing", "fled") are verbs unless a determiner or
    /// preposition makes them a modifier; bare forms that are also nouns ("vote", "cut") only after a word that
    /// opens a verb phrase.
    /// </summary>
    public static bool IsVerb(TokenStream s, int i)
    {
        if (!IsContent(s, i) || s.IsCapitalised(i) && !OpensSentence(s, i)) return false;
        var word = Word(s, i);
        if (!Lexicon.Has(word, PartOfSpeech.Verb)) return false;
        bool afterNounOpener = s.IsWord(i - 1) && NounOpeners.Contains(s.Span(i - 1));
        // "approval rating", "the spending deal": a noun form after a noun or a determiner is part of a noun phrase.
        bool afterNoun = IsContent(s, i - 1) && !IsInflectedVerb(s, i - 1) && Lexicon.Has(Word(s, i - 1), PartOfSpeech.Noun);
        // An -ing word that is also a noun ("meeting", "spending", "hearing") is a verb only after what opens a verb
        // phrase ("was meeting", "to be spending"); elsewhere it heads or modifies a noun phrase ("the February meeting").
        if (HasNounForm(s, i) && s.Span(i).EndsWith("ing", StringComparison.Ordinal))
            return s.IsWord(i - 1) && (VerbOpeners.Contains(s.Span(i - 1)) || Auxiliaries.Contains(s.Span(i - 1)));
        if (IsInflectedVerb(s, i)) return (!afterNounOpener || s.IsWord(i - 1, "to")) && !(afterNoun && HasNounForm(s, i));
        if (afterNoun && IsThirdPerson(s, i) && ObjectFollows(s, i + 1)) return true;
        if (s.IsWord(i - 1) && (VerbOpeners.Contains(s.Span(i - 1)) || Auxiliaries.Contains(s.Span(i - 1)))) return true;
        return !afterNounOpener && !Lexicon.Has(word, PartOfSpeech.Noun) && !Lexicon.Has(word, PartOfSpeech.Adjective);
    }

    /// <summary>The first word of a sentence or of a quotation, where a capital says nothing.</summary>
    public static bool OpensSentence(TokenStream s, int i) =>
        i == 0 || s.IsClauseBreak(i - 1) && !s.IsSymbol(i - 1, ',') || s.IsSymbol(i - 1, '.') || s.IsSymbol(i - 1, '\'') || s.IsSymbol(i - 1, '‘');

    /// <summary>Who acts rather than what is measured: a name, or a noun of people or groups ("Okafor requested", "Congress passed").</summary>
    public static bool IsActor(TokenStream s, int i) => IsName(s, i) || IsPopulation(s, i);

    /// <summary>A capitalised word inside a sentence: a name.</summary>
    public static bool IsName(TokenStream s, int i) => s.IsCapitalised(i) && !OpensSentence(s, i);

    /// <summary>Reporting verbs say who told, not what happened: "said Friday he is declaring" is about the declaring.</summary>
    public static bool IsReporting(TokenStream s, int i) => s.IsWord(i) && Reporting.Contains(s.Span(i));

    public static bool IsReportingWord(string word) => Reporting.Contains(word);

    private static readonly WordSet Reporting = new(
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states",
        "reported", "reports", "announced", "announces", "according", "explained", "wrote", "writes", "insisted", "argued");

    /// <summary>"grants", "includes": a verb's third-person form, which a noun's plural shares.</summary>
    private static bool IsThirdPerson(TokenStream s, int i) => s.IsLower(i) && s.Span(i).EndsWith("s", StringComparison.Ordinal) && s[i].Length > 3;

    /// <summary>What follows a verb and not a plural noun: an object pronoun, a determiner, a number or a hedge ("grants him", "includes just $1.4 billion").</summary>
    private static bool ObjectFollows(TokenStream s, int i) =>
        s.IsNumber(i) || s.IsSymbol(i, '$') || s.IsWord(i) && (ObjectWords.Contains(s.Span(i)) || Hedges.BeforeByFirstWord.TryGet(s.Span(i), out _));

    private static readonly WordSet ObjectWords = new(
        "him", "her", "them", "us", "me", "it", "the", "a", "an", "its", "their", "his", "our", "just", "only", "about", "nearly");

    /// <summary>Whether the word is one of WordNet's noun lemmas as written (not only through its stem).</summary>
    private static bool HasNounForm(TokenStream s, int i)
    {
        var word = Word(s, i).ToLowerInvariant();
        return Lexicon.Table.TryGetLemma(word, out int id) && Lexicon.Table.Has(id, PartOfSpeech.Noun);
    }

    /// <summary>"-ed", "-ing", "-en" forms and irregular pasts WordNet lists ("fled", "shot", "spent").</summary>
    public static bool IsInflectedVerb(TokenStream s, int i)
    {
        if (!s.IsLower(i)) return false;
        var w = s.Span(i);
        if (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))) return true;
        foreach (var (pos, _) in Lexicon.Table.ExceptionsOf(Word(s, i).ToLowerInvariant()))
            if (pos == PartOfSpeech.Verb) return true;
        return false;
    }

    /// <summary>A noun of people or of groups of people (WordNet's noun.person and noun.group): who a figure is among.</summary>
    public static bool IsPopulation(TokenStream s, int i)
    {
        if (!IsContent(s, i)) return false;
        foreach (var e in Lexicon.Readings(Word(s, i)))
            if (e.Pos == PartOfSpeech.Noun && (Lexicon.AnySenseIn(e, LexicographerFiles.NounPerson) || Lexicon.AnySenseIn(e, LexicographerFiles.NounGroup)))
                return true;
        return false;
    }

    /// <summary>
    /// A stretch or unit of time ("afternoon", "week", "year"): part of a date, never what a figure measures.
    /// WordNet's noun.time also holds rates and deadlines, so the word must be a kind of time period or time unit.
    /// </summary>
    public static bool IsTimeNoun(TokenStream s, int i)
    {
        if (!s.IsWord(i)) return false;
        if (Months.Names.Contains(s.Span(i)) || Months.Weekdays.Contains(s.Span(i))) return true;
        if (!IsContent(s, i)) return false;
        foreach (var e in Lexicon.Readings(Word(s, i)))
            if (e.Pos == PartOfSpeech.Noun && Lexicon.LexicographerFile(e) == LexicographerFiles.NounTime
                && (Lexicon.IsKindOf(e, TimeConcepts.Period) || Lexicon.IsKindOf(e, TimeConcepts.Unit)))
                return true;
        return false;
    }

    private static class TimeConcepts
    {
        public static readonly LexicalEntry Period = Noun("time period");
        public static readonly LexicalEntry Unit = Noun("time unit");

        private static LexicalEntry Noun(string lemma) =>
            Lexicon.Table.TryGetLemma(lemma, out int id) ? new LexicalEntry(id, PartOfSpeech.Noun)
                : throw new InvalidDataException($"WordNet table lacks '{lemma}'");
    }

    /// <summary>A unit of measure (WordNet's noun.quantity: miles, acres, barrels): the measured thing follows it ("55 miles of fencing").</summary>
    public static bool IsUnitOfMeasure(TokenStream s, int i)
    {
        if (!IsContent(s, i)) return false;
        foreach (var e in Lexicon.Readings(Word(s, i)))
            if (e.Pos == PartOfSpeech.Noun && Lexicon.LexicographerFile(e) == LexicographerFiles.NounQuantity) return true;
        return false;
    }
}
