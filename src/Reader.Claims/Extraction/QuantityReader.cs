using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Lexicon;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads a figure that starts with a number (or a currency sign): money, percentages, durations, ranges,
/// numeric ordinals, bare years and counts, and applies the "not a claim" rules for names, codes and
/// small spelled numbers that only point back at something ("the three firms", see <see cref="SpelledCounts"/>).
/// </summary>
internal static class QuantityReader
{
    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        string? prefixIso = UnitReader.CurrencyBefore(s, j, out int k);
        if (!NumberReader.TryRead(s, k, prefixIso is not null, out var n1)) return false;
        if (prefixIso is null && !n1.Spelled && IsNameOrCode(s, k, n1, qualifier)) return false;
        if (prefixIso is null && IsDayBesideMonth(s, k, n1)) return false;
        if (prefixIso is null && IsClockTime(s, n1)) return false;

        if (n1.Pence)
        {
            figure = new RawFigure(first, n1.End, ClaimKind.Money, ClaimValue.Number(n1.Value / PenceInPound), "GBP", qualifier);
            return true;
        }
        var unit = prefixIso is null ? UnitReader.After(s, n1.End, n1.Scale != 1m) : UnitMark.None(n1.End);
        int p = unit.End;
        decimal low = n1.Value, high = n1.Value;
        bool range = false;
        NumberPhrase last = n1;

        bool between = qualifier == Qualifier.None && first > 0 && s.IsWord(first - 1, "between");
        bool from = first > 0 && s.IsWord(first - 1, "from");
        if (!n1.Ordinal && IsRangeSeparator(s, p, between, from, IsYearNumber(n1) && qualifier == Qualifier.None))
        {
            string? iso2 = UnitReader.CurrencyBefore(s, p + 1, out int k2);
            // Where only years make a span ("from 2003 to 2008", "1998 through 2004"), the end must be a year too.
            bool yearsOnly = from && s.IsWord(p, "to") || s.IsWord(p, "through") || s.IsWord(p, "thru");
            if ((iso2 is null || iso2 == prefixIso) && NumberReader.TryRead(s, k2, prefixIso is not null, out var n2, rangeEnd: true) && !n2.Ordinal && !n2.Pence
                && n2.Spelled == n1.Spelled && (!yearsOnly || IsYearNumber(n2)))
            {
                var unit2 = prefixIso is null ? UnitReader.After(s, n2.End, n2.Scale != 1m) : UnitMark.None(n2.End);
                decimal lowValue = n1.Scale == 1m && n2.Scale != 1m ? n1.Value * n2.Scale : n1.Value;
                bool compatible = unit.Kind == UnitMarkKind.None || unit2.Kind == UnitMarkKind.None
                                  || (unit.Kind == unit2.Kind && unit.Unit == unit2.Unit);
                if (compatible && n2.Value > lowValue && lowValue <= decimal.MaxValue / 100)
                {
                    low = lowValue;
                    high = n2.Value;
                    range = true;
                    last = n2;
                    if (unit2.Kind != UnitMarkKind.None) unit = unit2;
                    p = unit2.End;
                }
            }
        }
        // "between 10 and 20", "from 2003 to 2008": the word that opens the span is part of it.
        if (between && range || from && range && IsYearNumber(n1) && IsYearNumber(last)) first--;

        var value = range ? ClaimValue.Range(low, high) : ClaimValue.Number(low);
        if (prefixIso is not null || unit.Kind == UnitMarkKind.Currency)
        {
            string iso = prefixIso ?? unit.Unit;
            if (unit.Divisor != 1m) value = range ? ClaimValue.Range(low / unit.Divisor, high / unit.Divisor) : ClaimValue.Number(low / unit.Divisor);
            figure = WithTrailingHedge(s, new RawFigure(first, p, ClaimKind.Money, value, iso, qualifier));
            return true;
        }
        if (unit.Kind == UnitMarkKind.Percent)
        {
            figure = WithTrailingHedge(s, new RawFigure(first, p, ClaimKind.Percent, value, unit.Unit, qualifier));
            return true;
        }
        if (n1.Ordinal)
        {
            if (OrdinalNames.IsInName(s, k, p)) return false;
            figure = NounPhraseReader.WithNoun(s, new RawFigure(first, p, ClaimKind.Ordinal, value, "", Qualifier.None), p, setUnit: false);
            return true;
        }
        if (TryTimeUnit(s, p, out string timeUnit, out int unitEnd))
        {
            figure = WithTrailingHedge(s, new RawFigure(first, unitEnd, ClaimKind.Duration, value, timeUnit, qualifier));
            return true;
        }
        if (IsYear(s, n1, qualifier, p) && (!range || IsYearNumber(last)))
        {
            var yearValue = range ? value with { Iso = $"{low:0}/{high:0}" } : DateReader.YearValue((int)low);
            figure = new RawFigure(first, p, ClaimKind.Year, yearValue, "year", qualifier);
            return true;
        }
        if (!range && HyphenedMeasure(s, n1, p) is { } measure)
        {
            figure = new RawFigure(first, p + 2, ClaimKind.Count, value, measure, qualifier);
            return true;
        }
        int nounAt = p;
        if (n1.Spelled && !range)
        {
            nounAt = SpelledCounts.CountedNounAt(s, p, out bool partitive);
            if (SpelledCounts.IsPointing(s, first, j, n1, nounAt, partitive, qualifier)) return false;
        }
        else if (s.IsWord(p, "other") && s.IsWord(p + 1) && !s.IsFunctionWord(p + 1)) nounAt = p + 1; // "16 other candidates"
        var count = NounPhraseReader.WithNoun(s, new RawFigure(first, p, ClaimKind.Count, value, "", qualifier), nounAt, setUnit: true);
        // "1,850 pounds of copper": a weight (see UnitReader), named by its unit.
        if (count.HeadToken == p && IsPoundsOf(s, p)) count = count with { Unit = "pound" };
        figure = WithTrailingHedge(s, count);
        return true;
    }

    private const decimal PenceInPound = 100m;

    /// <summary>"pounds of copper", "a pound of gold": pounds of a stuff weigh it; sterling is never "of" something.</summary>
    public static bool IsPoundsOf(TokenStream s, int p) => (s.IsWord(p, "pounds") || s.IsWord(p, "pound")) && s.IsWord(p + 1, "of");

    /// <param name="year">The first number is a year: "from 2003 to 2008" and "1998 through 2004" are spans of years,
    /// where "from 10 to 12" is a change.</param>
    private static bool IsRangeSeparator(TokenStream s, int p, bool between, bool from, bool year)
    {
        if (s.IsDash(p)) return s.IsNumber(p + 1) || s.IsSymbol(p + 1, '$') || s.IsWord(p + 1);
        if (s.IsWord(p, "to")) return !from || year && s.IsNumber(p + 1);
        if (s.IsWord(p, "through") || s.IsWord(p, "thru")) return year && s.IsNumber(p + 1);
        if (s.IsWord(p, "and")) return between;
        return false;
    }

    /// <summary>"Boeing 747", "Windows 11", "No. 5": a bare integer right after a capitalised name.</summary>
    public static bool IsNameOrCode(TokenStream s, int k, NumberPhrase n, Qualifier qualifier)
    {
        if (!n.Plain || qualifier != Qualifier.None || k == 0) return false;
        int prev = k - 1;
        if (s.IsSymbol(prev, '.') && s.Glued(prev) && (s.IsWord(prev - 1, "no") || s.IsWord(prev - 1, "nos") || s.IsWord(prev - 1, "vol") || s.IsWord(prev - 1, "art")))
            return true;
        if (!s.IsCapitalised(prev) || s.IsFunctionWord(prev) || s.IsPossessive(prev)) return false;
        var w = s.Span(prev);
        if (Months.Names.Contains(w) || Months.Weekdays.Contains(w)) return false;
        // No exception for a capitalised word that merely opens the sentence: a plain word there right before a
        // number is rare ("Officials 5"), and hedges ("Nearly 5") are read before this is asked.
        return true;
    }

    /// <summary>"5 p.m.", "10 a.m.", "9 pm", "6 o'clock": a time of day, which no report counts.</summary>
    private static bool IsClockTime(TokenStream s, NumberPhrase n)
    {
        if (n.Spelled && !s.IsWord(n.End, "o'clock") && !s.IsWord(n.End, "o’clock")) return false;
        if (n.Value is < 0 or > 24) return false;
        int p = n.End;
        if (s.IsWord(p, "o'clock") || s.IsWord(p, "o’clock")) return true;
        if (s.IsWord(p, "am") || s.IsWord(p, "pm")) return s.IsLower(p) || s.Span(p) is "AM" or "PM";
        // "a.m." and "p.m." are four tokens: a, '.', m, '.'.
        return (s.IsWord(p, "a") || s.IsWord(p, "p")) && s.IsSymbol(p + 1, '.') && s.Glued(p + 1) && s.IsWord(p + 2, "m") && s.Glued(p + 2);
    }

    /// <summary>"March 3" or "3 March" with no year to place it: a day, never a count.</summary>
    private static bool IsDayBesideMonth(TokenStream s, int k, NumberPhrase n)
    {
        if (n.Spelled || n.Value is < 1 or > 31 || n.Digits > 2) return false;
        bool monthBefore = s.IsCapitalised(k - 1) && Months.Names.Contains(s.Span(k - 1))
                           || s.IsSymbol(k - 1, '.') && s.IsCapitalised(k - 2) && Months.Names.Contains(s.Span(k - 2));
        bool monthAfter = s.IsCapitalised(n.End) && Months.Names.Contains(s.Span(n.End));
        return monthBefore || monthAfter;
    }

    private static bool IsYearNumber(NumberPhrase n) => n is { Plain: true, Digits: 4, Value: >= 1500 and <= 2100 };

    private static bool IsYear(TokenStream s, NumberPhrase n, Qualifier qualifier, int p)
    {
        if (!IsYearNumber(n) || qualifier != Qualifier.None) return false;
        // "2000 people", "1500 troops": a plural noun after the number makes it a count.
        if (s.IsLower(p) && !s.IsFunctionWord(p))
        {
            var w = s.Span(p);
            if (w.Length > 3 && w[^1] == 's' && w[^2] != 's') return false;
            if (w.Equals("people", StringComparison.Ordinal) || w.Equals("personnel", StringComparison.Ordinal) || w.Equals("staff", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Words hyphened onto a number that say "about" or "more", not what is counted: "50-plus", "40-odd", "30-something".</summary>
    private static readonly WordSet ApproximatingSuffixes = new("plus", "odd", "something", "ish", "fold", "old");

    /// <summary>
    /// "a 15-round magazine", "the 36-page report", "a three-term mayor": a number hyphened onto a noun measures
    /// the thing after it in that noun's units, whatever determiner stands before ("the 36-page" points at nothing).
    /// Returns the unit, or null. "one-" compounds are set phrases ("one-time", "one-way", "one-man") and are left out.
    /// </summary>
    private static string? HyphenedMeasure(TokenStream s, NumberPhrase n, int p)
    {
        if (!s.IsDash(p) || !s.Glued(p) || !s.Glued(p + 1) || !s.IsLower(p + 1) || n.Ordinal || n.Value <= 1) return null;
        var w = s.Span(p + 1);
        if (s.IsFunctionWord(p + 1) || ApproximatingSuffixes.Contains(w) || NumberWords.Units.Contains(w) || NumberWords.Tens.Contains(w)) return null;
        if (UnitReader.After(s, p + 1, afterScale: false).Kind != UnitMarkKind.None) return null;
        // "5-foot-11": two numbers of a compound measure (feet and inches); the first alone says nothing.
        if (s.IsDash(p + 2) && s.Glued(p + 2) && s.IsNumber(p + 3)) return null;
        var word = w.ToString();
        return LexicalDatabase.Default.Has(word, PartOfSpeech.Noun) ? word : null;
    }

    /// <summary>"years", "18 months", "five-year".</summary>
    private static bool TryTimeUnit(TokenStream s, int p, out string unit, out int end)
    {
        unit = "";
        end = p;
        int w = p;
        if (s.IsDash(p) && s.Glued(p) && s.Glued(p + 1)) w = p + 1;
        if (!s.IsWord(w) || !TimeUnits.Names.TryGet(s.Span(w), out var u)) return false;
        unit = u;
        end = w + 1;
        return true;
    }

    /// <summary>"5,000 or more", "a dozen or so": a hedge after the figure, when no counted noun stands between.</summary>
    public static RawFigure WithTrailingHedge(TokenStream s, RawFigure figure)
    {
        if (figure.Qualifier != Qualifier.None) return figure;
        int after = figure.NounEnd > 0 && figure.NounFirst == figure.End ? -1 : figure.End;
        if (after < 0) return figure;
        foreach (var (words, q) in Hedges.After)
        {
            int end = s.MatchWords(after, words);
            if (end > 0) return figure with { End = end, Qualifier = q };
        }
        return figure;
    }
}
