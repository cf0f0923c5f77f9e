using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads counts in dozens: "a dozen" 12, "half a dozen", "a half-dozen" 6, "five dozen" 60, "two-dozen" 24,
/// "5 dozen" 60. Hedges come as for any count ("almost a dozen", "more than a dozen", "a dozen or so").
/// "dozens" alone is a vague magnitude (<see cref="VagueMagnitudeReader"/>).
/// </summary>
internal static class DozenReader
{
    private const decimal HalfDozen = 6m;

    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        if (!TryHalfDozens(s, j, out decimal halves, out int end)) return false;
        var count = new RawFigure(first, end, ClaimKind.Count, ClaimValue.Number(halves * HalfDozen), "", qualifier);
        figure = QuantityReader.WithTrailingHedge(s, NounPhraseReader.WithNoun(s, count, end, setUnit: true));
        return true;
    }

    /// <summary>
    /// How many half-dozens the words at <paramref name="j"/> say, and the token after "dozen". Counted in halves so
    /// that "half a dozen" is the whole number 6, not 6.0.
    /// </summary>
    private static bool TryHalfDozens(TokenStream s, int j, out decimal halves, out int end)
    {
        halves = 0;
        end = j;
        int k = j;
        bool article = s.IsWord(k, "a") || s.IsWord(k, "an");
        if (article) k++;
        if (s.IsWord(k, "half"))
        {
            // "half-dozen", "half dozen", "half a dozen"
            int d = k + 1;
            if (s.IsDash(d) && s.Glued(d) && s.Glued(d + 1)) d++;
            else if (!article && s.IsWord(d, "a")) d++;
            if (!IsDozen(s, d)) return false;
            halves = 1;
            end = d + 1;
            return true;
        }
        if (article)
        {
            if (!IsDozen(s, k)) return false;
            halves = 2;
            end = k + 1;
            return true;
        }
        // "five dozen", "two-dozen", "5 dozen": a number, then "dozen" spaced or hyphenated.
        if (!NumberReader.TryRead(s, k, moneyContext: false, out var n) || n.Ordinal || n.Scale != 1m || n.Value <= 0) return false;
        int at = n.End;
        if (s.IsDash(at) && s.Glued(at) && s.Glued(at + 1)) at++;
        if (!IsDozen(s, at)) return false;
        halves = 2 * n.Value;
        end = at + 1;
        return true;
    }

    private static bool IsDozen(TokenStream s, int i) => s.IsWord(i, "dozen");
}
