using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Small numbers that count nothing named ("won 6-3", "now 34", "alert(1)", "the top 30"): ages, ranks, scores and
/// code, which a note could neither say what they count nor find elsewhere — unless the words around say a count was
/// made: "another 12", "an additional 9", a verb before it ("destroyed 41 and damaged 67"), a passive after it ("12
/// were evacuated"), or a noun it is the value of ("his pulse was 81", "a reading of 58").
/// </summary>
internal static class BareNumbers
{
    private const decimal Floor = 100;

    /// <summary>Words that give an age, which a bare number after them is ("aged 34", "turned 40").</summary>
    private static readonly WordSet AgeWords = new("aged", "age", "ages", "turned", "turns", "turning", "turn");

    private static readonly WordSet PassiveAuxiliaries = new("were", "was", "are", "is", "have", "has", "had", "been");

    private static readonly WordSet ValueLinks = new("of", "was", "is", "were");

    public static bool IsBareSmallNumber(TokenStream s, RawFigure f)
    {
        if (f.Kind != ClaimKind.Count || f.Unit.Length != 0 || f.Qualifier != Qualifier.None
            || f.Value.Low is not { } low || low >= Floor || f.Value.IsRange) return false;
        return !StatesACount(s, f.First, f.End);
    }

    private static bool StatesACount(TokenStream s, int first, int end)
    {
        int prev = first - 1;
        if (s.IsWord(prev, "another") || s.IsWord(prev, "additional") && (s.IsWord(prev - 1, "an") || s.IsWord(prev - 1, "another"))) return true;
        if (s.IsWord(prev) && AgeWords.Contains(s.Span(prev))) return false;
        // "destroyed 41": the number is what the verb acted on.
        if (FrameWords.IsVerb(s, prev)) return true;
        // "12 were evacuated", "9 had been rescued".
        int a = end;
        if (s.IsWord(a) && PassiveAuxiliaries.Contains(s.Span(a)))
        {
            if (s.IsWord(a + 1, "been")) a++;
            if (FrameWords.IsInflectedVerb(s, a + 1) && !s.Span(a + 1).EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        // "his pulse was 81", "a reading of 58": the value of a named measure.
        return s.IsWord(prev) && ValueLinks.Contains(s.Span(prev)) && FrameWords.IsNoun(s, prev - 1) && !AgeWords.Contains(s.Span(prev - 1));
    }
}
