using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>Reads currency markers before a figure and percent/currency markers after it.</summary>
internal static class UnitReader
{
    /// <summary>Prefixes trusted even spaced or in lower case: never ordinary words ("a", "us" and "s" are).</summary>
    private static readonly WordSet SpacedPrefixes = new("c", "hk", "nz", "nt", "mx", "au");

    /// <summary>"$", "US$", "€", "USD " before a number: returns the ISO code and the number's token index.</summary>
    public static string? CurrencyBefore(TokenStream s, int i, out int numberAt)
    {
        numberAt = i;
        if (!s.InRange(i)) return null;
        var t = s[i];
        if (t.Kind == TokenKind.Symbol && Currencies.Symbol(s.Text[t.Start]) is { } iso)
        {
            numberAt = i + 1;
            return iso;
        }
        if (t.Kind == TokenKind.Word)
        {
            // "US$5", "HK$ 10"
            // Tokenised newswire writes "c $ 16.4 million", "hk $ 10": accept a spaced or lower-case prefix of
            // one or two letters only when a number follows the "$".
            bool prefixShape = IsUpper(s.Span(i)) && s.Glued(i + 1) || SpacedPrefixes.Contains(s.Span(i)) && s.IsNumber(i + 2);
            if (s.IsSymbol(i + 1, '$') && prefixShape && Currencies.DollarPrefixes.TryGet(s.Span(i), out var dollar))
            {
                numberAt = i + 2;
                return dollar;
            }
            if (IsUpper(s.Span(i)) && Currencies.Codes.TryGet(s.Span(i), out var code) && (s.IsNumber(i + 1)))
            {
                numberAt = i + 1;
                return code;
            }
        }
        return null;
    }

    /// <summary>After a number: "%", "percent", "per cent", "pct", "percentage points", or a currency word/code.</summary>
    public static UnitMark After(TokenStream s, int p, bool afterScale)
    {
        if (!s.InRange(p)) return UnitMark.None(p);
        if (s.IsSymbol(p, '%')) return new UnitMark(UnitMarkKind.Percent, "%", p + 1);
        if (!s.IsWord(p)) return UnitMark.None(p);
        var w = s.Span(p);
        if (w.Equals("percent", StringComparison.OrdinalIgnoreCase) || w.Equals("pct", StringComparison.OrdinalIgnoreCase))
            return new UnitMark(UnitMarkKind.Percent, "%", p + 1);
        if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && s.IsWord(p + 1, "cent"))
            return new UnitMark(UnitMarkKind.Percent, "%", p + 2);
        if (w.Equals("percentage", StringComparison.OrdinalIgnoreCase) && (s.IsWord(p + 1, "points") || s.IsWord(p + 1, "point")))
            return new UnitMark(UnitMarkKind.Percent, "percentage point", p + 2);
        if (IsUpper(w) && w.Length == 3 && Currencies.Codes.TryGet(w, out var code))
            return new UnitMark(UnitMarkKind.Currency, code, p + 1);
        // "Australian dollars", "Hong Kong dollars", "U.S. dollars", "finnish markka"
        int j = p;
        string? country = null;
        int acronymEnd = s.SkipDottedAcronym(j);
        if (acronymEnd > 0 && s.IsWord(acronymEnd) && Currencies.Words.Contains(s.Span(acronymEnd)))
        {
            country = AcronymCurrency(s, j);
            j = acronymEnd;
        }
        else
        {
            for (int k = 0; k < 2 && s.IsWord(j) && Currencies.DollarCountries.TryGet(s.Span(j), out var c); k++, j++)
                if (c.Length > 0) country = c;
        }
        if (!s.IsWord(j)) return UnitMark.None(p);
        if (QuantityReader.IsPoundsOf(s, j)) return UnitMark.None(p);
        var word = s.Span(j);
        if (Currencies.Words.TryGet(word, out var iso) || (afterScale && Currencies.AmbiguousWords.TryGet(word, out iso)))
        {
            if (j > p && country is null) return UnitMark.None(p);
            decimal divisor = 1m;
            if (iso.EndsWith("/100", StringComparison.Ordinal)) { divisor = 100m; iso = iso[..^4]; }
            if (country is { Length: > 0 } && IsDollarLike(word)) iso = country;
            return new UnitMark(UnitMarkKind.Currency, iso, j + 1, divisor);
        }
        return UnitMark.None(p);
    }

    private static string? AcronymCurrency(TokenStream s, int i) =>
        s.IsWord(i, "U") && s.IsWord(i + 2, "S") ? "USD" : null;

    private static bool IsDollarLike(ReadOnlySpan<char> word) =>
        word.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) || word.StartsWith("franc", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("markk", StringComparison.OrdinalIgnoreCase) || word.StartsWith("peso", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("rupee", StringComparison.OrdinalIgnoreCase) || word.StartsWith("r", StringComparison.OrdinalIgnoreCase);

    private static bool IsUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (!char.IsUpper(c)) return false;
        return w.Length > 0;
    }
}
