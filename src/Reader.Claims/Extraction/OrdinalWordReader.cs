using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads spelled ordinals that rank something: "the first woman elected", "her second term",
/// "The Third Annual Forum", "twenty-first". Adverbial uses ("to first build", "At first,") and names
/// ("the Ninth Circuit", "First Amendment", see <see cref="OrdinalNames"/>) are not claims.
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
        // A capitalised ordinal before a capitalised word is a name ("the First Amendment", "Third Way"), unless it
        // counts editions of an event ("The Third Annual Forum").
        bool capitalised = s.IsCapitalised(i) && s.IsCapitalised(end);
        if (capitalised && OrdinalNames.IsInName(s, i, end)) return false;
        bool title = capitalised && prev >= 0 && !s.IsSymbol(prev, '.') && !s.IsClauseBreak(prev);
        if (!determined && !title) return false;

        figure = NounPhraseReader.WithNoun(s, new RawFigure(i, end, ClaimKind.Ordinal, ClaimValue.Number(value), "", Qualifier.None), end, setUnit: false);
        return true;
    }
}
