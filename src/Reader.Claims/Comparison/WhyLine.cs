using Reader.Claims.Lexicon;
using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// The one line a note gives for each comparison, from the frames that justified it, so a reader can judge it:
/// "both: officers shot", "both: wall / fencing", "both: deaths / killed, in 2016", "speaks of: the shutdown".
/// Words are the articles' own; where the two differ both are shown.
/// </summary>
internal static class WhyLine
{
    private const int MaxPhraseWords = 5;

    public static string ForMatch(EditionIndex index, int a, int b)
    {
        var (x, y) = (index.Claims[a], index.Claims[b]);
        var (fx, fy) = (x.Frame, y.Frame);
        var f = PairFeatures.Of(index, a, b);
        var parts = new List<string>();
        string measure = !f.MeasureMissing && PairFeatures.Positive(f.Measure) ? Pair(MeasureWords(fx), MeasureWords(fy)) : "";
        string predicate = !f.PredicateMissing && PairFeatures.Positive(f.Predicate) ? Pair(Verb(fx), Verb(fy)) : "";
        if (measure.Length == 0 && predicate.Length == 0 && f.Crossed)
            measure = fx.Measure.Length > 0 && fy.Predicate.Length > 0 ? Pair(MeasureWords(fx), Verb(fy)) : Pair(Verb(fx), MeasureWords(fy));
        var head = string.Join(" ", new[] { measure, predicate }.Where(p => p.Length > 0));
        if (head.Length > 0) parts.Add(head);
        if (f.Holder == HolderFit.Related) parts.Add("among " + Pair(fx.Holder, fy.Holder));
        if (f.TimeOverlap) parts.Add(Pair(fx.Time, fy.Time));
        if (parts.Count == 0 && x.Context.Intersect(y.Context, StringComparer.Ordinal).Take(3).ToList() is { Count: > 0 } near)
            parts.Add("near " + string.Join(", ", near));
        if (parts.Count == 0 && SharedSentenceWords(index, a, b) is { Count: > 0 } shared)
            return (f.SameValue ? "the same figure; both: " : "both: ") + string.Join(", ", shared);
        if (parts.Count == 0) return f.SameValue ? "the same figure" : "close figures";
        return "both: " + string.Join(", ", parts);
    }

    /// <summary>The rarest words the two claims' sentences share (at most three), as the sentences spell them.</summary>
    private static List<string> SharedSentenceWords(EditionIndex index, int a, int b)
    {
        int sa = index.ClaimSentence[a], sb = index.ClaimSentence[b];
        if (sa < 0 || sb < 0) return [];
        var other = index.Sentences[sb].Lemmas;
        var mine = index.Sentences[sa];
        return mine.Lemmas
            .Where(w => Array.BinarySearch(other, w, StringComparer.Ordinal) >= 0)
            .OrderBy(w => index.Prepared[index.ClaimArticle[a]].Sentences.Count(s => Array.BinarySearch(s.Lemmas, w, StringComparer.Ordinal) >= 0))
            .ThenBy(w => w, StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    public static string ForMention(EditionIndex index, int claim, int sentence)
    {
        var c = index.Claims[claim];
        var s = index.Sentences[sentence];
        var words = new List<string>();
        var lexicon = LexicalDatabase.Default;
        foreach (var (profile, frameWord) in new[] { (c.Measure, c.Frame.Measure), (c.Predicate, c.Frame.Predicate) })
        {
            if (frameWord.Length == 0) continue;
            var found = s.Words.FirstOrDefault(e => LexicalProfile.Intersects(lexicon.Profile(lexicon.Table.Lemma(e.Lemma), LexicalDatabase.Mask(e.Pos)).Roots, profile.Roots));
            if (found != default) words.Add(lexicon.Table.Lemma(found.Lemma));
            else if (Array.BinarySearch(s.Lemmas, frameWord, StringComparer.Ordinal) >= 0) words.Add(frameWord);
        }
        return "speaks of: " + string.Join(", ", words.Distinct());
    }

    private static string Pair(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || b.Length == 0 ? a : a.Length == 0 ? b : $"{a} / {b}";

    private static string MeasureWords(Frame f)
    {
        var words = f.MeasureText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxPhraseWords ? f.MeasureText : f.Measure;
    }

    /// <summary>The predicate without its auxiliaries ("were wounded" → "wounded").</summary>
    private static string Verb(Frame f)
    {
        var words = f.PredicateText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? words[^1] : f.Predicate;
    }
}
