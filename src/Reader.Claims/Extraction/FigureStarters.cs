using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>
/// Words that can open a claim (number words, plural scales, time units, months, weekdays, hedges, date modifiers,
/// articles, currency codes).
/// Every other word is skipped after one lookup, which keeps extraction fast on plain prose.
/// </summary>
internal static class FigureStarters
{
    private static readonly WordSet Others = new(
        "early", "mid", "middle", "late", "last", "next", "this", "between", "a", "an", "half", "no", "number");

    // Every word test of CanStart as one table: plain prose words are most tokens, and each used to miss
    // nine case-insensitive lookups before being skipped. Same comparer, so the union answers the same.
    private static readonly WordSet Starters = new(
        NumberWords.Units.Words.Concat(NumberWords.Tens.Words).Concat(NumberWords.Ordinals.Words)
            .Concat(NumberWords.PluralScales.Words).Concat(NumberWords.PluralMultipliers.Words).Concat(TimeUnits.Singular.Words).Concat(TimeUnits.LongCompounds.Words).Concat(Months.Names.Words).Concat(Months.Weekdays.Words).Concat(Others.Words)
            .Concat(Hedges.BeforeByFirstWord.Words).Concat(Currencies.Codes.Words).Concat(Currencies.DollarPrefixes.Words)
            .ToArray());

    public static bool CanStart(TokenStream s, int i)
    {
        var t = s[i];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind == TokenKind.Symbol) return Currencies.Symbol(s.Text[t.Start]) is not null;
        if (t.Kind != TokenKind.Word) return false;
        var w = s.Span(i);
        if (Starters.Contains(w)) return true;
        // "Thursday's vote", "September's attack": an owner's "'s" on a day or month.
        return w.Length > 2 && w[^2] is '\'' or '’' && w[^1] is 's' or 'S' && Possessors.Contains(w[..^2]);
    }

    private static readonly WordSet Possessors = new(Months.Names.Words.Concat(Months.Weekdays.Words).ToArray());
}
