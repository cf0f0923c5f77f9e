using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Lexicon;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads the tense of the clause a date stands in, from the verb nearest it: "signed the bill on Friday" and
/// "resigned in November" are past, "will vote Thursday" and "is expected to enter a plea on Wednesday" future.
/// A weekday or a month without a year is then placed on the right side of publication (see <see cref="DateResolver"/>).
/// </summary>
/// <remarks>
/// No tagger: auxiliaries and modals (was, were, had, did / will, would, could), words of planning (expected,
/// scheduled, due, likely, set to), past forms — "-ed" forms WordNet traces to a verb and its irregular pasts ("met",
/// "fled", "said") — and present forms ("is", "travels") are the signals; the nearest one decides. A past form after
/// "will"/"would" is future ("will be signed"), after "is"/"are" present; "was leaving" is a plan seen from the past,
/// and planning words after "was"/"were" say nothing of when the plan fell: both leave the date to the nearest rule.
/// The look is a few tokens each side, within the date's clause: it stops at a sentence's end or a quotation mark, and
/// on the right at a word that opens another clause ("and", "after", "as") or, unless the date opens its clause ("On
/// Friday, he signed"), at a comma. So it costs the same whatever the text.
/// </remarks>
internal static class TenseReader
{
    private const int Before = 6;
    private const int After = 5;
    private const int AuxiliaryReach = 2;
    private const int ClauseOpening = 2;

    private static readonly WordSet PastAuxiliaries = new(
        "was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "wasn’t", "weren’t", "hadn’t", "didn’t");

    private static readonly WordSet FutureAuxiliaries = new(
        "will", "would", "shall", "could", "can", "may", "might", "should", "must",
        "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "cannot");

    private static readonly WordSet PresentAuxiliaries = new("is", "are", "am", "be", "isn't", "aren't", "isn’t", "aren’t");

    /// <summary>Present-tense verbs that stand for their clause: the nearest verb is present, so nothing is told.</summary>
    private static readonly WordSet PresentVerbs = new("is", "are", "am", "has", "have", "does", "do", "isn't", "aren't", "isn’t", "aren’t");

    /// <summary>Words of plans and timetables: what they time is still to come.</summary>
    private static readonly WordSet Planning = new(
        "expected", "scheduled", "slated", "poised", "due", "planned", "upcoming", "likely", "unlikely", "plans", "intends");

    /// <summary>Words that open another clause: a verb beyond them is not the date's.</summary>
    private static readonly WordSet ClauseOpeners = new(
        "and", "but", "or", "after", "before", "when", "while", "because", "as", "that", "which", "who", "if", "until",
        "since", "though", "although", "whereas");

    /// <summary>Words after which an "-s" form is a plural noun, not a verb ("the votes", "of ballots").</summary>
    private static readonly WordSet NounOpeners = new(
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "for",
        "in", "on", "at", "by", "with", "from", "to", "some", "many", "all", "more", "two", "three", "several");

    /// <param name="first">The date's first token.</param>
    /// <param name="end">One past its last token.</param>
    public static ClauseTense Read(TokenStream s, int first, int end)
    {
        var left = ClauseTense.Unknown;
        int leftDistance = int.MaxValue;
        bool opensClause = false;
        for (int k = first - 1; k >= first - Before; k--)
        {
            if (k < 0 || EndsClause(s, k) || s.IsSymbol(k, ',')) { opensClause = first - k <= ClauseOpening + 1; break; }
            if (Signal(s, k) is { } tense) { (left, leftDistance) = (tense, first - k); break; }
        }
        for (int k = end; k < end + After && s.InRange(k) && !EndsClause(s, k); k++)
        {
            if (s.IsSymbol(k, ',') && !opensClause) break;
            if (s.IsWord(k) && ClauseOpeners.Contains(s.Span(k))) break;
            if (Signal(s, k) is { } tense) return k - end + 1 < leftDistance ? tense : left;
        }
        return left;
    }

    /// <summary>The tense token <paramref name="k"/> gives, if it is a verb or auxiliary that tells; null if it says nothing.</summary>
    private static ClauseTense? Signal(TokenStream s, int k)
    {
        if (!s.IsWord(k)) return null;
        var w = s.Span(k);
        if (FutureAuxiliaries.Contains(w) || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
            return ClauseTense.Future;
        // "was leaving in February": a plan seen from the past, which may still be ahead.
        if (PastAuxiliaries.Contains(w)) return IsProgressive(s, k + 1) ? ClauseTense.Unknown : ClauseTense.Past;
        if (Planning.Contains(w) || s.IsWord(k, "set") && (s.IsWord(k + 1, "to") || s.IsWord(k + 1, "for")) || s.IsWord(k, "going") && s.IsWord(k + 1, "to"))
            return Auxiliary(s, k) is ClauseTense.Past ? ClauseTense.Unknown : ClauseTense.Future;
        // "The minister travels on Thursday": a present verb nearer the date than any past one says nothing of when.
        if (PresentVerbs.Contains(w) || IsPresentForm(s, k)) return ClauseTense.Unknown;
        if (!IsPastForm(s, k)) return null;
        return Auxiliary(s, k) switch
        {
            ClauseTense.Future => ClauseTense.Future,
            ClauseTense.Unknown when HasPresentAuxiliary(s, k) => ClauseTense.Unknown,
            _ => ClauseTense.Past,
        };
    }

    /// <summary>The tense of an auxiliary a few words before a verb form ("will be signed", "was expected").</summary>
    private static ClauseTense Auxiliary(TokenStream s, int k)
    {
        for (int a = k - 1; a >= 0 && a >= k - AuxiliaryReach && s.IsWord(a); a--)
        {
            if (FutureAuxiliaries.Contains(s.Span(a))) return ClauseTense.Future;
            if (PastAuxiliaries.Contains(s.Span(a))) return ClauseTense.Past;
        }
        return ClauseTense.Unknown;
    }

    private static bool HasPresentAuxiliary(TokenStream s, int k)
    {
        for (int a = k - 1; a >= 0 && a >= k - AuxiliaryReach && s.IsWord(a); a--)
            if (PresentAuxiliaries.Contains(s.Span(a))) return true;
        return false;
    }

    private static bool IsProgressive(TokenStream s, int k) =>
        s.IsLower(k) && s[k].Length > 4 && s.Span(k).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "travels", "comes": a third-person verb after its subject and before a function word or a name ("travels on",
    /// "says Friday"). After a determiner, or before another verb ("court records indicated"), it is a plural noun.
    /// </summary>
    private static bool IsPresentForm(TokenStream s, int k)
    {
        if (!s.IsLower(k) || s[k].Length < 4) return false;
        var w = s.Span(k);
        if (!w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal)) return false;
        if (k == 0 || s.IsPossessive(k - 1) || s.IsWord(k - 1) && NounOpeners.Contains(s.Span(k - 1))) return false;
        if (s.IsLower(k + 1) && !s.IsFunctionWord(k + 1)) return false;
        var lemma = FrameWords.Lemma(s, k, PartOfSpeech.Verb);
        return lemma.Length > 0 && !w.Equals(lemma, StringComparison.Ordinal);
    }

    /// <summary>"signed", "pleaded", "met", "fled", "said": a lower-case past form of a verb WordNet knows.</summary>
    private static bool IsPastForm(TokenStream s, int k)
    {
        if (!s.IsLower(k)) return false;
        var w = s.Span(k);
        var word = w.ToString();
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            var lemma = FrameWords.Lemma(s, k, PartOfSpeech.Verb);
            return lemma.Length > 0 && !lemma.Equals(word, StringComparison.Ordinal);
        }
        if (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("s", StringComparison.Ordinal)) return false;
        foreach (var (pos, _) in LexicalDatabase.Default.Table.ExceptionsOf(word))
            if (pos == PartOfSpeech.Verb) return true;
        return false;
    }

    /// <summary>A sentence's end, a quotation mark or a barrier: the date's clause stops there.</summary>
    private static bool EndsClause(TokenStream s, int k) =>
        s.IsSymbol(k, '.') && !(s.Glued(k) && s.IsWord(k - 1) && s[k - 1].Length <= 4 && s.IsCapitalised(k - 1))
        || s.IsSymbol(k, '!') || s.IsSymbol(k, '?') || s.IsSymbol(k, ';') || s.IsSymbol(k, '"') || s.IsSymbol(k, '“')
        || s.IsSymbol(k, '”') || s[k].Kind == TokenKind.Barrier;
}
