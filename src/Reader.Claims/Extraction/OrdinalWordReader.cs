using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads spelled ordinals that rank something: "the first woman elected", "her second term",
/// "Ninth Circuit", "twenty-first". Adverbial uses ("to first build", "At first,") are not claims.
/// </summary>
internal static class OrdinalWordReader
{
    public static bool TryRead(TokenStream s, int i, out RawFigure? figure)
    {
        figure = null;
        if (!s.IsWord(i)) return false;
        int end = i + 1;
        decimal value;
        if (NumberWords.Ordinals.TryGet(s.Span(i), out int ordinal)) value = ordinal;
        else if (NumberWords.Tens.TryGet(s.Span(i), out int tens) && s.IsDash(i + 1) && s.Glued(i + 1) && s.Glued(i + 2)
                 && s.IsWord(i + 2) && NumberWords.Ordinals.TryGet(s.Span(i + 2), out int unit) && unit < 10)
        {
            value = tens + unit;
            end = i + 3;
        }
        else return false;

        if (!s.IsWord(end) || s.IsFunctionWord(end) && !s.IsWord(end, "time")) return false;
        int prev = i - 1;
        bool determined = s.IsWord(prev) && FunctionWords.OrdinalDeterminers.Contains(s.Span(prev)) || s.IsPossessive(prev);
        bool title = s.IsCapitalised(i) && s.IsCapitalised(end) && prev >= 0 && !s.IsSymbol(prev, '.') && !s.IsClauseBreak(prev);
        if (!determined && !title) return false;

        figure = NounPhraseReader.WithNoun(s, new RawFigure(i, end, ClaimKind.Ordinal, ClaimValue.Number(value), "", Qualifier.None), end, setUnit: false);
        return true;
    }
}
