using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Lexicon;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Tells a spelled-out number that states how many ("Twelve of her essays", "three other pilots", "admitted to one
/// charge", "at least one governor") from one that only points back at something named or stands in a name
/// ("the three firms", "two of them", "one of the aides", "One key example", "Air Force One").
/// </summary>
internal static class SpelledCounts
{
    /// <summary>Words that make the next noun phrase the whole a part is counted from: "four of the flights", "Twelve of her essays".</summary>
    private static readonly WordSet PartitiveDeterminers = new(
        "the", "these", "those", "its", "their", "our", "his", "her", "my", "your");

    /// <summary>Words that insist on the number: "only one word", "just one vote".</summary>
    private static readonly WordSet Focusing = new("only", "just", "exactly", "merely", "precisely");

    private static readonly WordSet Prepositions = new(
        "to", "with", "in", "on", "for", "by", "from", "against", "into", "of", "at", "over", "under");

    /// <summary>Nouns with which "one" is an indefinite article, not a number: "at one point", "on one hand", "in one case".</summary>
    private static readonly WordSet IndefiniteOne = new(
        "point", "hand", "way", "thing", "time", "another", "kind", "sort", "side", "case", "instance", "example",
        "reason", "moment", "day", "night", "morning", "evening", "afternoon");

    /// <summary>
    /// Where the counted noun starts after a spelled number ending at <paramref name="p"/>: past "other" ("three other
    /// pilots") and past "of" and a determiner ("four of the flights"); <paramref name="p"/> itself otherwise.
    /// </summary>
    public static int CountedNounAt(TokenStream s, int p, out bool partitive)
    {
        partitive = false;
        if (s.IsWord(p, "other") && IsNounWord(s, p + 1)) return p + 1;
        if (!s.IsWord(p, "of")) return p;
        int k = p + 1;
        if (s.IsWord(k) && PartitiveDeterminers.Contains(s.Span(k))) k++;
        else if (PossessiveNameEnd(s, k) is var owner and > 0) k = owner;
        partitive = true;
        return k;
    }

    private const int MaxOwnerTokens = 4;

    /// <summary>"Mr. Okafor’s", "the council’s": a short name ending in a possessive; the token after it, or -1.</summary>
    private static int PossessiveNameEnd(TokenStream s, int k)
    {
        for (int i = k; i < k + MaxOwnerTokens && s.InRange(i); i++)
        {
            if (s.IsPossessive(i)) return s.IsSymbol(i + 1, '\'') && s.Glued(i + 1) ? i + 2 : i + 1;
            if (!(s.IsCapitalised(i) || s.IsSymbol(i, '.') && s.Glued(i))) return -1;
        }
        return -1;
    }

    /// <summary>True when the spelled number only points back or is part of a name: no claim.</summary>
    public static bool IsPointing(TokenStream s, int first, int j, NumberPhrase n, int nounAt, bool partitive, Qualifier qualifier)
    {
        if (n.Scale != 1m) return false;
        // "Air Force One", "the Group of Seven": a capitalised number inside a sentence belongs to a name.
        if (s.IsCapitalised(j) && !FrameWords.OpensSentence(s, j)) return true;
        bool noun = IsNounWord(s, nounAt);
        if (n.Value < 1) return true;
        if (n.Value < 2) return !StatesOne(s, first, j, nounAt, noun, partitive, qualifier);
        // "the three firms", "his two sons", "all four": the number restates a group already named.
        int prev = j - 1;
        if (first == j && prev >= 0 && (s.IsWord(prev) && FunctionWords.Determiners.Contains(s.Span(prev)) || s.IsPossessive(prev))) return true;
        if (!noun) return n.Value < 10;
        return n.Value == 2 && FunctionWords.GenericPlurals.Contains(s.Span(nounAt));
    }

    /// <summary>
    /// "one" is a count only when something insists on it — a hedge ("at least one governor"), a focusing word ("only
    /// one word"), a verb or a verb's preposition before it ("pleaded guilty to one count") — and a noun follows. A
    /// sentence opening "One key example" or "one of the aides" points, as does "one" with a noun it is only an
    /// article of ("at one point").
    /// </summary>
    private static bool StatesOne(TokenStream s, int first, int j, int nounAt, bool noun, bool partitive, Qualifier qualifier)
    {
        if (!noun || partitive || s.IsCapitalised(j) || IndefiniteOne.Contains(s.Span(nounAt))) return false;
        if (qualifier != Qualifier.None) return true;
        int prev = j - 1;
        if (first != j || !s.IsWord(prev)) return false;
        if (Focusing.Contains(s.Span(prev))) return true;
        if (FrameWords.IsVerb(s, prev)) return !FrameWords.IsReporting(s, prev);
        return Prepositions.Contains(s.Span(prev)) && (FrameWords.IsVerb(s, prev - 1) || IsAdjective(s, prev - 1));
    }

    private static bool IsNounWord(TokenStream s, int i) =>
        s.IsWord(i) && !s.IsFunctionWord(i) && !NumberWords.Units.Contains(s.Span(i)) && !NumberWords.Tens.Contains(s.Span(i));

    private static bool IsAdjective(TokenStream s, int i) =>
        FrameWords.IsContent(s, i) && s.IsLower(i) && LexicalDatabase.Default.Has(FrameWords.Word(s, i), PartOfSpeech.Adjective);
}
