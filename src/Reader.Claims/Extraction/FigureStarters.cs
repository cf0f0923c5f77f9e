using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>
/// Words that can open a claim (number words, months, weekdays, hedges, date modifiers, currency codes).
/// Every other word is skipped after one lookup, which keeps extraction fast on plain prose.
/// </summary>
internal static class FigureStarters
{
    private static readonly WordSet Others = new(
        "early", "mid", "middle", "late", "last", "next", "this", "between");

    private static readonly WordSet HedgeFirstWords = new(Hedges.Before.Select(h => h.Words[0]).Distinct().ToArray());

    public static bool CanStart(TokenStream s, int i)
    {
        var t = s[i];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind == TokenKind.Symbol) return Currencies.Symbol(s.Text[t.Start]) is not null;
        if (t.Kind != TokenKind.Word) return false;
        var w = s.Span(i);
        return NumberWords.Units.Contains(w) || NumberWords.Tens.Contains(w) || NumberWords.Ordinals.Contains(w)
            || Months.Names.Contains(w) || Months.Weekdays.Contains(w) || Others.Contains(w) || IsHedgeStart(w)
            || Currencies.Codes.Contains(w) || Currencies.DollarPrefixes.Contains(w);
    }

    public static bool IsHedgeStart(ReadOnlySpan<char> w) => HedgeFirstWords.Contains(w);
}
