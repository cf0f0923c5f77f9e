using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads the noun phrase that follows a figure and says what it counts: modifiers and a head noun,
/// then at most one participle phrase ("troops stationed in Spain", "farms operating in Ohio").
/// No part-of-speech tagger: function words, punctuation and participles bound the phrase.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxWords = 6;
    private const int MaxTailWords = 4;

    private static readonly WordSet Prepositions = new(
        "in", "at", "on", "from", "to", "for", "with", "by", "across", "near", "inside", "outside",
        "throughout", "under", "over", "into", "along", "around", "within", "abroad");

    /// <summary>The figure with the noun phrase at <paramref name="p"/> attached, if one is there; its head becomes the unit when <paramref name="setUnit"/>.</summary>
    public static RawFigure WithNoun(TokenStream s, RawFigure figure, int p, bool setUnit)
    {
        if (!TryRead(s, p, out int nounFirst, out int nounEnd, out int head)) return figure;
        string unit = setUnit ? s.Span(head).ToString().ToLowerInvariant() : figure.Unit;
        return figure with { Unit = unit, NounFirst = nounFirst, NounEnd = nounEnd, HeadToken = head };
    }

    /// <summary>Returns false when no noun follows. [first, end) covers the label; head is the counted noun's token.</summary>
    public static bool TryRead(TokenStream s, int p, out int first, out int end, out int head)
    {
        first = p;
        end = p;
        head = -1;
        int j = p, words = 0, headEnd = p;
        while (words < MaxWords)
        {
            int acronymEnd = s.SkipDottedAcronym(j);
            if (acronymEnd > 0) { head = j; j = acronymEnd; headEnd = j; words++; continue; }
            if (!s.IsWord(j) || s.IsFunctionWord(j) || IsNumberWord(s, j)) break;
            // Adverbs and participles before the noun modify it ("recently reopened branches");
            // a participle after the noun starts its description ("workers employed in …").
            bool adverb = s.IsLower(j) && s.Span(j).EndsWith("ly", StringComparison.Ordinal) && s[j].Length > 4;
            // "rain-soaked admirers": a participle hyphened onto a word makes one modifier with it.
            bool compound = s.IsDash(j - 1) && s.Glued(j - 1) && s.Glued(j);
            if (IsParticiple(s, j) && head >= 0 && !compound) break;
            if (adverb || IsParticiple(s, j)) { j++; words++; continue; }
            if (CommonVerbs.Contains(s.Span(j))) break;
            head = j;
            j++;
            headEnd = j;
            words++;
            // "the world's biggest suppliers": an owner before the counted noun (its "'s" is no plural).
            if (s.IsPossessive(j - 1) && words == 1) continue;
            // Counted nouns are plural: a plural ends the phrase ("20 people came", "2,400 farms operating").
            if (IsPlural(s, j - 1)) break;
            // Hyphenated compounds: "long-term", "cross-border", "long-range".
            if (s.IsDash(j) && s.Glued(j) && s.Glued(j + 1) && (s.IsWord(j + 1) || s.SkipDottedAcronym(j + 1) > 0)) j++;
        }
        if (head < 0) return false;
        end = headEnd;
        // "stationed in Spain": a participle and one prepositional phrase belong to the label.
        if (IsParticiple(s, end) && s.IsWord(end + 1) && Prepositions.Contains(s.Span(end + 1)))
        {
            int k = end + 2, tail = 0;
            if (s.IsWord(k, "the")) k++;
            int tailEnd = -1;
            while (tail < MaxTailWords)
            {
                int acronymEnd = s.SkipDottedAcronym(k);
                if (acronymEnd > 0) { k = acronymEnd; tail++; tailEnd = k; continue; }
                if (!s.IsWord(k) || s.IsFunctionWord(k)) break;
                k++;
                tail++;
                tailEnd = k;
            }
            if (tailEnd > 0) end = tailEnd;
        }
        return true;
    }

    /// <summary>Frequent irregular verbs that can follow a bare figure ("30 left", "20 came").</summary>
    private static readonly WordSet CommonVerbs = new(
        "came", "went", "left", "said", "took", "made", "got", "gave", "saw", "told", "found", "became", "fell",
        "rose", "met", "held", "brought", "began", "ran", "won", "lost", "paid", "sent", "spent", "kept", "built",
        "stood", "led", "thought", "knew", "felt", "heard", "remain", "remained", "say", "says", "died", "live",
        "lived", "work", "worked", "voted", "agreed", "stayed", "fled", "arrived", "signed", "joined");

    private static readonly WordSet IrregularPlurals = new(
        "people", "personnel", "staff", "men", "women", "children", "police", "troops", "cattle", "feet", "teeth",
        "mice", "geese", "data", "media", "crew", "aircraft", "sheep", "fish", "deer", "series", "species");

    private static bool IsPlural(TokenStream s, int i)
    {
        if (!s.IsLower(i)) return false;
        var w = s.Span(i);
        if (IrregularPlurals.Contains(w)) return true;
        return w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');
    }

    private static bool IsNumberWord(TokenStream s, int i)
    {
        var w = s.Span(i);
        return NumberWords.Units.Contains(w) || NumberWords.Tens.Contains(w) || NumberWords.Scales.Contains(w);
    }

    /// <summary>A lower-case -ing/-ed word: where the counted noun phrase ends and its description begins.</summary>
    public static bool IsParticiple(TokenStream s, int i)
    {
        if (!s.IsLower(i)) return false;
        var w = s.Span(i);
        return w.Length > 4 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));
    }
}
