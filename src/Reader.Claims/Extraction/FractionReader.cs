using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads spelled fractions that state a share, as percentages: "two-thirds" 66.67, "one-third" and "a third of"
/// 33.33, "a quarter of" 25, "three-quarters" 75, "half the crew" and "cut in half" 50.
/// </summary>
/// <remarks>
/// Values are the fraction × 100 rounded to two decimals, as a share written in percent would be: a "66.67"
/// lies inside "67%" as written, so the two agree. "a third" and "a quarter" are shares only before "of" or after
/// "by" ("a third term" is a rank, "a quarter century" a length); "half" only before "the"/"of" a whole or in "in
/// half", never in "half an hour", "half-dozen" or "the second half".
/// </remarks>
internal static class FractionReader
{
    private const int ShareDecimals = 2;

    /// <summary>Words after "half" that name the whole it is half of: "half the troops", "half its staff".</summary>
    private static readonly WordSet Wholes = new("the", "its", "their", "his", "her", "our", "your", "my", "all", "this", "that", "these", "those");

    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsWord(j)) return false;
        int numerator, denominator, end;
        if (s.IsWord(j, "half"))
        {
            if (!IsShareHalf(s, first, j)) return false;
            (numerator, denominator, end) = (1, 2, j + 1);
        }
        else if (s.IsWord(j, "a") || s.IsWord(j, "an"))
        {
            int d = j + 1;
            if (!s.IsWord(d) || !NumberWords.Denominators.TryGet(s.Span(d), out denominator) || denominator == 2 || IsPlural(s, d)) return false;
            // "a quarter of a point", "by a quarter percentage point": a measure of a unit, not a share of a whole.
            if (OfOne(s, d + 1) || s.IsWord(d + 1) && !s.IsFunctionWord(d + 1)) return false;
            bool ofWhole = s.IsWord(d + 1, "of");
            bool byShare = first == j && s.IsWord(j - 1, "by");
            if (!ofWhole && !byShare) return false;
            (numerator, end) = (1, d + 1);
        }
        else if (NumberWords.Units.TryGet(s.Span(j), out numerator) && numerator is >= 1 and <= 9)
        {
            int d = j + 1;
            bool hyphened = s.IsDash(d) && s.Glued(d) && s.Glued(d + 1);
            if (hyphened) d++;
            if (!s.IsWord(d) || !NumberWords.Denominators.TryGet(s.Span(d), out denominator)) return false;
            // "two-thirds", "one-third", "two thirds"; but spaced "one third" is as often a rank and "two quarters" fiscal
            // quarters, so those only before "of" a whole.
            if (IsPlural(s, d) != numerator > 1 || numerator >= denominator) return false;
            bool ambiguous = numerator == 1 || s.IsWord(d, "quarters");
            if (!hyphened && ambiguous && (!s.IsWord(d + 1, "of") || OfOne(s, d + 1))) return false;
            if (s.IsDash(d + 1) && s.Glued(d + 1)) return false;
            end = d + 1;
        }
        else return false;

        decimal share = Math.Round(100m * numerator / denominator, ShareDecimals);
        figure = new RawFigure(first, end, ClaimKind.Percent, ClaimValue.Number(share), "%", qualifier);
        return true;
    }

    /// <summary>"half the troops", "half of its staff", "cut in half" — not "half an hour", "half-dozen", "the second half", "two and a half".</summary>
    private static bool IsShareHalf(TokenStream s, int first, int j)
    {
        if (s.IsDash(j + 1) && s.Glued(j + 1)) return false;
        int prev = j - 1;
        if (first == j && s.IsWord(prev) && (s.IsWord(prev, "a") || NumberWords.Ordinals.Contains(s.Span(prev)) || s.IsWord(prev, "last"))) return false;
        if (s.IsWord(j + 1, "of")) return !OfOne(s, j + 1);
        if (s.IsWord(j + 1) && Wholes.Contains(s.Span(j + 1))) return true;
        // "cut in half", "split in half." — the whole is what was cut.
        return first == j && s.IsWord(prev, "in") && !s.IsWord(j + 1, "a") && !s.IsWord(j + 1, "an")
               && (!s.IsWord(j + 1) || s.IsFunctionWord(j + 1));
    }

    /// <summary>"of a", "of an" at <paramref name="i"/>: a part of one thing ("a quarter of a century"), not a share of a whole.</summary>
    private static bool OfOne(TokenStream s, int i) => s.IsWord(i, "of") && (s.IsWord(i + 1, "a") || s.IsWord(i + 1, "an"));

    private static bool IsPlural(TokenStream s, int i) => s.Span(i).EndsWith("s", StringComparison.OrdinalIgnoreCase);
}
