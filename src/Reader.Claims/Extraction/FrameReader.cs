using System.Text;
using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Lexicon;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads a figure's <see cref="Frame"/> from the tokens of its clause: the measured thing (the counted noun, what
/// money is for or of, the noun a share or date belongs to), the predicate (the nearest verb: a participle after
/// the figure — "53 were wounded" — else the verb before it — "killed 49"), the holder ("of likely voters",
/// "the mayor's"), the time (another date or year in the sentence), and whether the figure is a part of a larger one.
/// No tagger: WordNet's parts of speech and the words' forms and neighbours decide (<see cref="FrameWords"/>).
/// Every look is bounded, so a frame costs a few dozen tokens whatever the sentence's length.
/// </summary>
internal static class FrameReader
{
    private const int MaxLeft = 12;
    private const int MaxRight = 14;
    private const int PredicateReach = 4;
    private const int ContextReach = 8;
    private const int TimeReach = 16;

    private static readonly WordSet Attachers = new("of", "for", "in", "on", "among", "to", "toward", "towards", "from", "into");
    private static readonly WordSet PartPronouns = new("that", "those", "it", "which", "this", "them", "these");

    private static LexicalDatabase Lexicon => LexicalDatabase.Default;

    /// <param name="sentenceFirst">First token of the figure's sentence.</param>
    /// <param name="sentenceEnd">One past its last token.</param>
    /// <param name="others">Every figure read in the sentence, this one included (dates and years give the time).</param>
    public static Frame Read(TokenStream s, RawFigure f, int sentenceFirst, int sentenceEnd, IReadOnlyList<RawFigure> others)
    {
        int left = ClauseStart(s, f.First, sentenceFirst);
        int right = ClauseEnd(s, f.End, sentenceEnd);
        bool time = f.Kind is ClaimKind.Date or ClaimKind.Year;

        // The phrases the figure carries: its counted noun, a participle, then "of"/"for"/"in" phrases.
        var attached = time ? AttributiveNoun(s, f, right) : Attached(s, f, right);
        var (purpose, holder, consumed) = Phrases(s, f, attached, right);
        var (predicate, predicateFirst) = Predicate(s, f, attached, consumed, left, right, time);

        NounPhrase measure;
        if (attached.Head >= 0 && !IsPronounLike(s, attached.Head)) measure = attached;
        else if (f.Kind is ClaimKind.Percent or ClaimKind.Money && ChangedTo(s, f, left) is { Head: >= 0 } changed) measure = changed;
        else if (purpose.Head >= 0) measure = purpose;
        else if (time) measure = DatedNoun(s, f, left) is { Head: >= 0 } dated ? dated
            : predicate >= 0 ? ObjectOrSubject(s, predicate, f, left, right) : NounPhrase.None;
        else measure = SaidOf(s, f, predicate, left);
        if (holder.Head < 0) holder = PossessiveHolder(s, measure.First >= 0 ? Math.Min(measure.First, f.First) : f.First, left);
        if (holder.Head < 0 && predicate >= 0) holder = Agent(s, predicateFirst, left);
        var (timeText, timeFrom, timeTo) = time ? ("", null, null) : Time(s, f, others, sentenceFirst, sentenceEnd);
        return new Frame
        {
            Measure = measure.Head >= 0 ? Lemma(s, measure.Head, PartOfSpeech.Noun) : "",
            MeasureText = measure.Head >= 0 ? Text(s, measure.First, measure.End) : "",
            Implied = measure.Head < 0 && predicate >= 0,
            Predicate = predicate >= 0 ? FrameWords.Lemma(s, predicate, PartOfSpeech.Verb) : "",
            PredicateText = predicate >= 0 ? Text(s, predicateFirst, predicate + 1) : "",
            Holder = holder.Head >= 0 ? Text(s, holder.First, holder.End) : "",
            HolderHead = holder.Head >= 0 ? Lemma(s, holder.Head, PartOfSpeech.Noun) : "",
            Time = timeText,
            TimeFrom = timeFrom,
            TimeTo = timeTo,
            Part = IsPart(s, f, measure, left, others),
            Context = Context(s, f, sentenceFirst, sentenceEnd, measure.Head, predicate),
        };
    }

    /// <summary>A noun phrase: [First, End) and its head token; Head is -1 when there is none.</summary>
    private readonly record struct NounPhrase(int First, int End, int Head)
    {
        public static readonly NounPhrase None = new(-1, -1, -1);
    }

    /// <summary>The counted noun ("38,500 troops") or a noun the figure modifies ("a $447 billion package", "a 35-day shutdown").</summary>
    private static NounPhrase Attached(TokenStream s, RawFigure f, int right)
    {
        var phrase = f.HeadToken >= 0 && !FrameWords.IsTimeNoun(s, f.HeadToken) ? new NounPhrase(f.NounFirst, f.NounEnd, f.HeadToken) : NounPhrase.None;
        if (phrase.Head < 0 && f.End < right && FrameWords.IsNoun(s, f.End) && !FrameWords.IsVerb(s, f.End) && !FrameWords.IsTimeNoun(s, f.End))
            phrase = PhraseAt(s, f.End, right);
        // "55 miles of fencing": a unit of measure says how much; the "of" phrase says of what.
        if (phrase.Head >= 0 && FrameWords.IsUnitOfMeasure(s, phrase.Head) && s.IsWord(phrase.Head + 1, "of")
            && PhraseAt(s, Skip(s, phrase.Head + 2), right) is { Head: >= 0 } measured)
            phrase = measured;
        return phrase;
    }

    /// <summary>"the Friday deadline", "the 2016 election": the noun a date modifies (times of day are part of the date).</summary>
    private static NounPhrase AttributiveNoun(TokenStream s, RawFigure f, int right)
    {
        int i = f.End;
        while (i < right && FrameWords.IsTimeNoun(s, i)) i++;
        if (i > f.End || f.HeadToken < 0) return i < right && FrameWords.IsNoun(s, i) && !FrameWords.IsVerb(s, i) && !s.IsCapitalised(i) ? NounRunFrom(s, i, right) : NounPhrase.None;
        return FrameWords.IsTimeNoun(s, f.HeadToken) ? NounPhrase.None : new NounPhrase(f.NounFirst, f.NounEnd, f.HeadToken);
    }

    /// <summary>
    /// The prepositional phrases after the figure (through a participle: "$1.375 billion authorized for fencing"):
    /// among whom it was measured ("of likely voters"), and what it is of or for. Returns where they end.
    /// </summary>
    private static (NounPhrase Purpose, NounPhrase Holder, int End) Phrases(TokenStream s, RawFigure f, NounPhrase attached, int right)
    {
        var purpose = NounPhrase.None;
        var holder = NounPhrase.None;
        int p = attached.Head >= 0 ? Math.Max(attached.End, f.End) : f.End;
        if (FrameWords.IsInflectedVerb(s, p) && s.IsWord(p + 1) && Attachers.Contains(s.Span(p + 1))) p++;
        for (int n = 0; n < 2 && p < right && s.IsWord(p) && Attachers.Contains(s.Span(p)); n++)
        {
            var np = PhraseAt(s, Skip(s, p + 1), right);
            if (np.Head < 0) break;
            if (FrameWords.IsUnitOfMeasure(s, np.Head) && s.IsWord(np.Head + 1, "of") && PhraseAt(s, Skip(s, np.Head + 2), right) is { Head: >= 0 } of)
                np = of;
            bool ofOrAmong = s.IsWord(p, "of") || s.IsWord(p, "among");
            if (ofOrAmong && f.Kind is ClaimKind.Percent or ClaimKind.Count && FrameWords.IsPopulation(s, np.Head) && !s.IsWord(np.First - 1, "those"))
            {
                if (holder.Head < 0) holder = np;
                // "40 of the 100 senators": the population is also what is counted.
                if (purpose.Head < 0 && f.Kind == ClaimKind.Count && attached.Head < 0) purpose = np;
            }
            // "$5.7 billion from Congress": a source named is who gives, not what the figure measures; "found Friday in
            // Burlingame": a place named after a date says where, not what happened.
            else if (purpose.Head < 0 && !FrameWords.IsTimeNoun(s, np.Head) && !(s.IsWord(p, "from") && FrameWords.IsActor(s, np.Head))
                     && !(f.Kind is ClaimKind.Date or ClaimKind.Year && FrameWords.IsName(s, np.Head)))
                purpose = np;
            p = np.End;
        }
        return (purpose, holder, p);
    }

    /// <summary>The noun phrase starting at <paramref name="i"/>: modifiers then its head (the last noun before a break).</summary>
    private static NounPhrase PhraseAt(TokenStream s, int i, int right)
    {
        if (i >= right || !s.IsWord(i)) return NounPhrase.None;
        if (!NounPhraseReader.TryRead(s, i, out int first, out int end, out int head) || head < 0 || head >= right)
        {
            // A noun the counted-noun reader takes for a participle ("of fencing", "for housing").
            return FrameWords.IsNoun(s, i) ? new NounPhrase(i, i + 1, i) : NounPhrase.None;
        }
        // "the spending deal Friday afternoon": a time word ends the phrase; the noun before it is the head.
        for (int t = i + 1; t <= head; t++)
        {
            if (!IsTimeToken(s, t) && !s.IsNumber(t)) continue;
            if (!FrameWords.IsNoun(s, t - 1)) break;
            (end, head) = (t, t - 1);
            break;
        }
        if (!FrameWords.IsContent(s, head)) return NounPhrase.None;
        // "state and local taxes": modifiers joined by "and" share the noun after them.
        if ((s.IsWord(head + 1, "and") || s.IsWord(head + 1, "or")) && head + 2 < right && s.IsWord(head + 2)
            && NounPhraseReader.TryRead(s, head + 2, out _, out int end2, out int head2) && head2 >= 0 && head2 < right && end2 - head <= 4)
            return new NounPhrase(first, Math.Min(end2, right), head2);
        return new NounPhrase(first, Math.Min(end, right), head);
    }

    /// <summary>Skips determiners, possessive pronouns, hedges and figures before a noun phrase ("the", "its", "about 55").</summary>
    private static int Skip(TokenStream s, int i)
    {
        for (int n = 0; n < 4 && (s.IsWord(i) && (s.IsFunctionWord(i) || s.IsPossessive(i) && s.IsLower(i)) || s.IsNumber(i) || s.IsSymbol(i, ',') && s.IsNumber(i - 1)); n++) i++;
        return i;
    }

    /// <summary>
    /// The verb of the figure's clause. After it: a participle or finite verb, past auxiliaries, adverbs, and in a
    /// relative clause its subject ("53 were wounded", "the $5.7 billion he unsuccessfully demanded"). Before it:
    /// the nearest verb ("killed 49", "to divert $3.6 billion"). A date belongs to its clause's verb wherever it
    /// stands ("declared a national emergency … on Friday"). Reporting verbs give way to what was reported.
    /// </summary>
    private static (int Token, int First) Predicate(TokenStream s, RawFigure f, NounPhrase attached, int consumed, int left, int right, bool time)
    {
        int start = attached.Head >= 0 && attached.Head + 1 < consumed && FrameWords.IsVerb(s, attached.Head + 1) ? attached.Head + 1 : consumed;
        int after = VerbAfter(s, start, right, out int first);
        int before = VerbBefore(s, f.First - 1, left, time ? MaxLeft : PredicateReach + 3);
        if (after >= 0 && (before < 0 || !time || after - f.End <= f.First - before)) return (after, first);
        if (before >= 0) return (before, before);
        // "In 2014, the couple paid …": a date that opens the sentence dates the clause after its comma.
        if (time && s.IsSymbol(start, ',')) start++;
        if (time && VerbAfter(s, start, right, out first, reach: MaxRight) is >= 0 and var late) return (late, first);
        return (-1, -1);
    }

    private static int VerbAfter(TokenStream s, int i, int right, out int first, int reach = PredicateReach)
    {
        first = -1;
        int subject = 0;
        for (int n = 0; n < reach + subject && i < right; n++, i++)
        {
            if (s.IsClauseBreak(i) || s.IsNumber(i)) break;
            if (FrameWords.IsTimeNoun(s, i) || FrameWords.IsReporting(s, i)) continue;
            if (FrameWords.IsAuxiliary(s, i) || IsAdverb(s, i)) { if (first < 0) first = i; continue; }
            if (FrameWords.IsVerb(s, i) || (FrameWords.IsInflectedVerb(s, i) && first >= 0 && FrameWords.CanBe(s, i, PartOfSpeech.Verb)))
            {
                if (first < 0) first = i;
                return i;
            }
            // "the $5.7 billion (that) Mr. Okafor demanded": a short subject between the figure and its verb.
            if (subject < 4 && (s.IsWord(i) && (RelativeOpeners.Contains(s.Span(i)) || Determiners.Contains(s.Span(i))) || s.IsCapitalised(i)
                                || s.IsSymbol(i, '.') && s.IsCapitalised(i - 1) || subject > 0 && FrameWords.IsNoun(s, i) && !FrameWords.IsVerb(s, i)))
            {
                subject++;
                continue;
            }
            break;
        }
        first = -1;
        return -1;
    }

    private static readonly WordSet RelativeOpeners = new("that", "which", "who", "he", "she", "they", "we", "it", "i", "you");
    /// <summary>Words that open a noun phrase, before a verb's subject or object.</summary>
    private static readonly WordSet Determiners = new("the", "a", "an", "his", "her", "their", "its", "our");

    private static int VerbBefore(TokenStream s, int i, int left, int reach)
    {
        int reporting = -1;
        bool joined = false;
        for (int n = 0; i >= left && n < reach; i--, n++)
        {
            // "paid $43 million in federal taxes and $13 million in state taxes": past "and", an earlier figure shares the verb.
            joined |= s.IsWord(i, "and") || s.IsWord(i, "or");
            if (s.IsNumber(i) && joined) continue;
            if (s.IsClauseBreak(i) && !s.IsSymbol(i, ',') || s.IsNumber(i)) break;
            if (FrameWords.IsReporting(s, i)) { if (reporting < 0) reporting = i; continue; }
            if (FrameWords.IsVerb(s, i) && !FrameWords.IsTimeNoun(s, i)) return i;
            if (s.IsSymbol(i, ',')) break;
        }
        // "announced her resignation on Tuesday": with no other verb, the reporting verb is the act.
        return reporting;
    }

    /// <summary>"the tax rate for 2014", "the election in 2016": the noun a date is attached to by a preposition.</summary>
    private static NounPhrase DatedNoun(TokenStream s, RawFigure f, int left)
    {
        int i = f.First - 1;
        if (!(s.IsWord(i, "for") || s.IsWord(i, "of") || s.IsWord(i, "in"))) return NounPhrase.None;
        i--;
        return i >= left && FrameWords.IsNoun(s, i) && !FrameWords.IsActor(s, i) && !FrameWords.IsTimeNoun(s, i) && !FrameWords.IsVerb(s, i)
            ? NounRunEndingAt(s, i, left) : NounPhrase.None;
    }

    /// <summary>What a dated act was done to, or who did it: the object after the verb, else the subject before it.</summary>
    private static NounPhrase ObjectOrSubject(TokenStream s, int verb, RawFigure f, int left, int right)
    {
        for (int i = verb + 1, n = 0; i < right && n < 5; i++, n++)
        {
            if (i >= f.First && i < f.End || s.IsClauseBreak(i)) break;
            // "meet with Okafor on Friday": a person named as the object is who, not what was dated.
            // A group noun as the object is what was acted on ("passed the package", "addressed the committee").
            if (FrameWords.IsNoun(s, i) && !FrameWords.IsTimeNoun(s, i) && !FrameWords.IsVerb(s, i) && !FrameWords.IsName(s, i))
                return PhraseAt(s, i, right) is { Head: >= 0 } p ? p : new NounPhrase(i, i + 1, i);
        }
        for (int i = verb - 1, n = 0; i >= left && n < 4; i--, n++)
        {
            if (s.IsClauseBreak(i)) break;
            if (FrameWords.IsNoun(s, i) && !FrameWords.IsTimeNoun(s, i) && !FrameWords.IsActor(s, i)) return NounRunEndingAt(s, i, left);
        }
        return NounPhrase.None;
    }

    /// <summary>
    /// What a money, share or count figure with no phrase of its own is said of: the noun it is "of" ("approval
    /// rating of 40%"), or the subject of a verb of being or change ("revenue rose 5%", "income was $139
    /// million") — not the actor of a deed ("Okafor requested $5.7 billion": Okafor is not what is measured).
    /// </summary>
    private static NounPhrase SaidOf(TokenStream s, RawFigure f, int predicate, int left)
    {
        bool copula = false;
        int i = f.First - 1;
        while (i >= left)
        {
            // "to the tune of", "a total of": words that only say "amounting to" name nothing measured.
            if (s.IsWord(i, "of") && (s.IsWord(i - 1, "tune") && s.IsWord(i - 2, "the") && s.IsWord(i - 3, "to") || FrameWords.IsUnitOfMeasure(s, i - 1)))
                return NounPhrase.None;
            if (s.IsWord(i, "of") && FrameWords.IsNoun(s, i - 1) && !FrameWords.IsActor(s, i - 1)) return NounRunEndingAt(s, i - 1, left);
            copula |= s.IsWord(i) && Copulas.Contains(s.Span(i));
            if (s.IsWord(i) && (s.IsFunctionWord(i) || IsAdverb(s, i)) || IsTimeToken(s, i)) { i--; continue; }
            break;
        }
        if (copula && i >= left && FrameWords.IsNoun(s, i) && !FrameWords.IsActor(s, i) && !FrameWords.IsTimeNoun(s, i)) return NounRunEndingAt(s, i, left);
        if (predicate < 0 || predicate >= f.First) return NounPhrase.None;
        for (int j = predicate - 1, n = 0; j >= left && n < 3; j--, n++)
        {
            if (FrameWords.IsAuxiliary(s, j) || IsAdverb(s, j)) continue;
            if (FrameWords.IsNoun(s, j) && !FrameWords.IsTimeNoun(s, j) && !FrameWords.IsActor(s, j)) return NounRunEndingAt(s, j, left);
            break;
        }
        return NounPhrase.None;
    }

    /// <summary>
    /// "raise road spending to 2% of the budget", "cut the payroll by $3 million": the object a verb changes to or by the
    /// figure is what it measures; an "of" phrase after a share is then only its base.
    /// </summary>
    private static NounPhrase ChangedTo(TokenStream s, RawFigure f, int left)
    {
        int preposition = f.First - 1;
        if (preposition - 1 < left || !(s.IsWord(preposition, "to") || s.IsWord(preposition, "by"))) return NounPhrase.None;
        int head = preposition - 1;
        if (!FrameWords.IsNoun(s, head) || FrameWords.IsName(s, head) || FrameWords.IsTimeNoun(s, head) || s.IsFunctionWord(head)) return NounPhrase.None;
        int first = head;
        while (first - 1 >= left && !s.IsFunctionWord(first - 1) && FrameWords.IsNoun(s, first - 1) && !FrameWords.IsVerb(s, first - 1)) first--;
        var phrase = new NounPhrase(first, head + 1, head);
        int verb = first - 1;
        while (verb >= left && s.IsWord(verb) && Determiners.Contains(s.Span(verb))) verb--;
        return verb >= left && FrameWords.IsVerb(s, verb) ? phrase : NounPhrase.None;
    }

    private static readonly WordSet Copulas = new("is", "was", "are", "were", "be", "been", "stood", "stands", "totaled", "totalled", "reached", "hit");

    /// <summary>A token of a date or year ("for 2014 was"): skipped when looking back for what a figure is said of.</summary>
    private static bool IsTimeToken(TokenStream s, int i) =>
        s.IsNumber(i) && s[i].Length == 4 || FrameWords.IsTimeNoun(s, i) || s.IsSymbol(i, '.') && s.IsWord(i - 1) && Months.Names.Contains(s.Span(i - 1));

    /// <summary>The nouns in a row from <paramref name="i"/> ("meeting" of "the October meeting drew …"), the last one the head.</summary>
    private static NounPhrase NounRunFrom(TokenStream s, int i, int right)
    {
        int end = i;
        while (end < right && end - i < 4 && FrameWords.IsNoun(s, end) && !FrameWords.IsVerb(s, end) && !s.IsFunctionWord(end)) end++;
        return end > i ? new NounPhrase(i, end, end - 1) : NounPhrase.None;
    }

    private static NounPhrase NounRunEndingAt(TokenStream s, int head, int left)
    {
        int first = head;
        while (first - 1 >= left && !s.IsFunctionWord(first - 1) && (FrameWords.IsNoun(s, first - 1) || s.IsPossessive(first - 1))) first--;
        while (first < head && s.IsPossessive(first)) first++;
        return new NounPhrase(first, head + 1, head);
    }

    /// <summary>"53 others", "two more": words that stand for a noun given elsewhere, so the measured thing is implied.</summary>
    private static bool IsPronounLike(TokenStream s, int i)
    {
        if (!s.IsWord(i)) return false;
        if (s.IsFunctionWord(i)) return true;
        var w = s.Span(i);
        return w.Length > 1 && w[^1] == 's' && FunctionWords.All.Contains(w[..^1]);
    }

    private static bool IsAdverb(TokenStream s, int i) =>
        s.IsLower(i) && s.Span(i).EndsWith("ly", StringComparison.Ordinal) && s[i].Length > 4 || s.IsWord(i, "also") || s.IsWord(i, "already");

    /// <summary>
    /// Who did the act: a name or a noun of people or groups just before the predicate ("His wife later pleaded",
    /// "the Senate voted", "prosecutors charged"). Two reports of one act name the same doer; the Senate's vote and
    /// the House's are two quantities.
    /// </summary>
    private static NounPhrase Agent(TokenStream s, int predicateFirst, int left)
    {
        for (int i = predicateFirst - 1, n = 0; i >= left && n < 4; i--, n++)
        {
            if (FrameWords.IsAuxiliary(s, i) || IsAdverb(s, i) || s.IsWord(i, "later") || s.IsWord(i, "then")) continue;
            if (s.IsSymbol(i, '.') && s.IsCapitalised(i - 1)) continue;
            if (FrameWords.IsActor(s, i) && !FrameWords.IsTimeNoun(s, i)) return new NounPhrase(NameStart(s, i, left), i + 1, i);
            break;
        }
        return NounPhrase.None;
    }

    /// <summary>"the mayor's approval rating", "the company's revenue": the possessive before the measured phrase.</summary>
    private static NounPhrase PossessiveHolder(TokenStream s, int phraseFirst, int left)
    {
        for (int i = phraseFirst - 1, n = 0; i >= left && n < 3; i--, n++)
        {
            if (s.IsPossessive(i)) return new NounPhrase(NameStart(s, i, left), i + 1, i);
            if (s.IsSymbol(i, '\'') && s.IsPossessive(i - 1)) return new NounPhrase(NameStart(s, i - 1, left), i, i - 1);
            if (!s.IsWord(i) || s.IsClauseBreak(i)) break;
        }
        return NounPhrase.None;
    }

    private static int NameStart(TokenStream s, int i, int left)
    {
        while (i - 1 >= left && s.IsCapitalised(i - 1) && s.IsCapitalised(i) && !s.IsFunctionWord(i - 1)) i--;
        return i;
    }

    /// <summary>The nearest other date or year of the sentence, within reach and not across a semicolon.</summary>
    private static (string Text, DateOnly? From, DateOnly? To) Time(TokenStream s, RawFigure f, IReadOnlyList<RawFigure> others, int sentenceFirst, int sentenceEnd)
    {
        RawFigure? best = null;
        int bestDistance = int.MaxValue;
        foreach (var o in others)
        {
            if (ReferenceEquals(o, f) || o.Kind is not (ClaimKind.Date or ClaimKind.Year) || o.First < sentenceFirst || o.End > sentenceEnd) continue;
            int distance = o.First >= f.End ? o.First - f.End : f.First - o.End;
            if (distance < 0 || distance > TimeReach || distance >= bestDistance) continue;
            int from = Math.Min(o.End, f.End), to = Math.Max(o.First, f.First);
            bool crossed = false;
            for (int k = from; k < to; k++) if (s.IsSymbol(k, ';')) crossed = true;
            if (crossed) continue;
            best = o;
            bestDistance = distance;
        }
        if (best is null) return ("", null, null);
        var (lo, hi) = Days(best.Value);
        return (Text(s, best.First, best.End), lo, hi);
    }

    private static (DateOnly?, DateOnly?) Days(ClaimValue v)
    {
        if (v.From is { } from) return (from, v.To ?? from);
        if (v.Low is { } year && year >= 1 && year <= 9999 && year == decimal.Truncate(year))
        {
            int y = (int)year, last = (int)(v.High ?? year);
            if (last < y || last > 9999) last = y;
            return (new DateOnly(y, 1, 1), new DateOnly(last, 12, 31));
        }
        return (null, null);
    }

    private static bool IsPart(TokenStream s, RawFigure f, NounPhrase phrase, int left, IReadOnlyList<RawFigure> others)
    {
        // "Of that, $3 billion could be diverted": a share of a figure just given.
        for (int i = f.First - 1, n = 0; i >= left && n < 3; i--, n++)
            if (s.IsWord(i) && PartPronouns.Contains(s.Span(i)) && s.IsWord(i - 1, "of")) return true;
        // "$60 billion of the $447 billion": of another figure of the same kind.
        if (s.IsWord(f.End, "of"))
            foreach (var o in others)
                if (o.Kind == f.Kind && o.First > f.End && o.First <= f.End + 3) return true;
        // "a $60 billion piece of the package": the measured thing is itself a part.
        return phrase.Head >= 0 && s.IsWord(phrase.Head + 1, "of") && IsPartNoun(s, phrase.Head);
    }

    private static bool IsPartNoun(TokenStream s, int i)
    {
        if (!Lexicon.Table.TryGetLemma("part", out int part)) return false;
        var whole = new LexicalEntry(part, PartOfSpeech.Noun);
        foreach (var e in Lexicon.Readings(FrameWords.Word(s, i)))
            if (e.Pos == PartOfSpeech.Noun && Lexicon.Relate(e, whole) is LexicalRelation.Same or LexicalRelation.Synonym or LexicalRelation.Kind) return true;
        return false;
    }

    private static IReadOnlyList<string> Context(TokenStream s, RawFigure f, int sentenceFirst, int sentenceEnd, int measure, int predicate)
    {
        var words = new List<string>();
        int from = Math.Max(sentenceFirst, f.First - ContextReach), to = Math.Min(sentenceEnd, f.End + ContextReach);
        for (int i = from; i < to; i++)
        {
            if (i >= f.First && i < f.End || i == measure || i == predicate || !FrameWords.IsContent(s, i)) continue;
            var lemma = Lemma(s, i, PartOfSpeech.Noun);
            if (lemma.Length == 0) lemma = FrameWords.Lemma(s, i, PartOfSpeech.Verb);
            if (lemma.Length == 0) lemma = FrameWords.Word(s, i).ToLowerInvariant();
            if (!words.Contains(lemma)) words.Add(lemma);
        }
        return words;
    }

    /// <summary>A noun's lemma; names WordNet lacks are kept lower-cased as written.</summary>
    private static string Lemma(TokenStream s, int i, PartOfSpeech pos)
    {
        var lemma = FrameWords.Lemma(s, i, pos);
        if (lemma.Length > 0) return lemma;
        var word = FrameWords.Word(s, i).ToLowerInvariant();
        // "the company's", "Okafor’s": the possessive ending is no part of the name.
        foreach (var ending in new[] { "'s", "’s" })
            if (word.EndsWith(ending, StringComparison.Ordinal)) return Lemma(word[..^2], pos);
        return word;
    }

    private static string Lemma(string word, PartOfSpeech pos)
    {
        foreach (var e in Lexicon.Readings(word))
            if (e.Pos == pos) return Lexicon.Table.Lemma(e.Lemma);
        return word;
    }

    /// <summary>The clause's first token: back to a hard break (semicolon, colon, dash, bracket, quote) or the sentence start.</summary>
    private static int ClauseStart(TokenStream s, int first, int sentenceFirst)
    {
        int i = first;
        while (i - 1 >= sentenceFirst && first - (i - 1) <= MaxLeft && !IsHardBreak(s, i - 1)) i--;
        return i;
    }

    private static int ClauseEnd(TokenStream s, int end, int sentenceEnd)
    {
        int i = end;
        while (i < sentenceEnd && i - end < MaxRight && !IsHardBreak(s, i)) i++;
        return i;
    }

    private static bool IsHardBreak(TokenStream s, int i)
    {
        if (!s.InRange(i)) return true;
        var t = s[i];
        if (t.Kind == TokenKind.Barrier) return true;
        return t.Kind == TokenKind.Symbol && s.Text[t.Start] is ';' or ':' or '(' or ')' or '[' or ']' or '—' or '"' or '“' or '”' or '?' or '!';
    }

    private static string Text(TokenStream s, int first, int end)
    {
        if (first < 0 || end <= first) return "";
        var span = s.Text.AsSpan(s[first].Start, s[end - 1].End - s[first].Start);
        var sb = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
