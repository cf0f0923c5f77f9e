using System.Globalization;
using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads numerals and spelled-out numbers, and refuses numbers that are names or codes:
/// "M25", "F-35", "COVID-19", "4K", "3D", "24/7", "10:30", "192.168.1.2", digit runs beyond decimal's range.
/// </summary>
internal static class NumberReader
{
    /// <param name="rangeEnd">True when reading the second number of "10-12": the dash before it is a range sign, not part of a code.</param>
    public static bool TryRead(TokenStream s, int i, bool moneyContext, out NumberPhrase number, bool rangeEnd = false)
    {
        number = default;
        if (!s.InRange(i)) return false;
        if (s[i].Kind == TokenKind.Number) return TryReadNumeral(s, i, moneyContext, rangeEnd, out number);
        if (s[i].Kind == TokenKind.Word) return TryReadSpelled(s, i, out number);
        return false;
    }

    private static bool TryReadNumeral(TokenStream s, int i, bool moneyContext, bool rangeEnd, out NumberPhrase number)
    {
        number = default;
        var token = s[i];
        if (token.Malformed || (!rangeEnd && IsGluedToCodeBefore(s, i))) return false;
        if (!TryParse(s.Text.AsSpan(token.Start, token.Length), out decimal value)) return false;
        var raw = s.Span(i);
        bool plain = !raw.Contains(',') && !raw.Contains('.');
        int digits = raw.Length;
        int end = i + 1;
        decimal scale = 1m;
        bool ordinal = false, pence = false;

        if (s.Glued(end))
        {
            var next = s[end];
            if (next.Kind == TokenKind.Word)
            {
                var w = s.Span(end);
                if (NumberWords.OrdinalSuffixes.Contains(w) && plain && IsRightOrdinalSuffix(value, w)) { ordinal = true; end++; }
                else if (NumberWords.Scales.TryGet(w, out var sc)) { scale = sc; end++; }
                else if (moneyContext && NumberWords.MoneySuffixes.TryGet(w, out sc)) { scale = sc; end++; }
                else if (!moneyContext && IsPence(s, i, end)) { pence = true; end++; }
                else return false; // "4K", "3D", "10km", "1990s", "5pm": a code or a unit we do not claim.
                if (s.Glued(end) && (s.IsWord(end) || s.IsNumber(end))) return false;
            }
            else if (next.Kind == TokenKind.Barrier) return false;
            else if (next.Kind == TokenKind.Symbol)
            {
                char c = s.Text[next.Start];
                if (c is '/' or ':' or '@' or '_' or '\\' or '=' or '^' && s.Glued(end + 1) && (s.IsNumber(end + 1) || s.IsWord(end + 1))) return false;
                // "3-D", "747-MAX": a capitalised word glued by a hyphen after a number is a model name.
                if (c is '-' && s.Glued(end + 1) && s.IsCapitalised(end + 1) && !NumberWords.Scales.Contains(s.Span(end + 1))) return false;
            }
        }
        if (scale == 1m && !ordinal && s.IsWord(end) && !s.Glued(end) && NumberWords.Scales.TryGet(s.Span(end), out var spaced))
        {
            scale = spaced;
            end++;
        }
        number = new NumberPhrase(i, end, value * scale, Spelled: false, Plain: plain && scale == 1m && !ordinal && !pence,
            digits, scale, ordinal, pence);
        return true;
    }

    /// <summary>Video formats written like prices in pence: "720p", "1080p".</summary>
    private static readonly HashSet<string> VideoFormats = ["240p", "360p", "480p", "576p", "720p", "1080p", "1440p", "2160p", "4320p"];

    /// <summary>"641p", "612.5p a share": a price in pence. Not "5p.m." (a time) nor "1080p" (a video format).</summary>
    private static bool IsPence(TokenStream s, int number, int suffix)
    {
        if (!s.Span(suffix).Equals("p", StringComparison.Ordinal)) return false;
        if (s.IsSymbol(suffix + 1, '.') && s.Glued(suffix + 1) && s.IsWord(suffix + 2, "m")) return false;
        return !VideoFormats.Contains(s.Text.Substring(s[number].Start, s[suffix].End - s[number].Start));
    }

    private static bool IsRightOrdinalSuffix(decimal value, ReadOnlySpan<char> suffix)
    {
        long n = (long)Math.Min(value, long.MaxValue);
        return suffix.Equals(NumberWords.OrdinalSuffix(n), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"M25", "A380", "F-35", "COVID-19", "#5", "v2", "/7": the digits are part of a name or code.</summary>
    private static bool IsGluedToCodeBefore(TokenStream s, int i)
    {
        if (!s.Glued(i)) return false;
        var prev = s[i - 1];
        if (prev.Kind is TokenKind.Word or TokenKind.Barrier or TokenKind.Number) return true;
        char c = s.Text[prev.Start];
        if (c is '/' or ':' or '#' or '.' or '@' or '_' or '\\' or '=' or '^' or '&') return true;
        if (c is '-' or '‑' && s.Glued(i - 1) && s.IsWord(i - 2))
            return !FunctionWords.FigurePrefixes.Contains(s.Span(i - 2));
        if (c is '-' or '‑' && s.Glued(i - 1) && s.IsNumber(i - 2)) return true; // phone numbers, ISO dates "2025-03-03"
        return false;
    }

    public static bool TryParse(ReadOnlySpan<char> raw, out decimal value)
    {
        value = 0;
        if (raw.Length > 64) return false;
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        foreach (char c in raw) if (c != ',') buffer[n++] = c;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private enum Last { None, Unit, Ten, Hundred, Scale, And }

    private static bool TryReadSpelled(TokenStream s, int i, out NumberPhrase number)
    {
        number = default;
        decimal total = 0, current = 0, lastScale = 1m;
        var last = Last.None;
        int j = i, end = i;
        while (s.IsWord(j))
        {
            var w = s.Span(j);
            if (NumberWords.Units.TryGet(w, out int u))
            {
                if (last is Last.Unit) break;
                if (last is Last.Ten && u >= 10) break;
                current += u;
                last = Last.Unit;
                end = ++j;
            }
            else if (NumberWords.Tens.TryGet(w, out int t))
            {
                if (last is Last.Unit or Last.Ten) break;
                current += t;
                last = Last.Ten;
                end = ++j;
                // "twenty-five"
                if (s.IsDash(j) && s.Glued(j) && s.Glued(j + 1) && s.IsWord(j + 1) && NumberWords.Units.TryGet(s.Span(j + 1), out int u2) && u2 is > 0 and < 10)
                {
                    current += u2;
                    last = Last.Unit;
                    j += 2;
                    end = j;
                }
            }
            else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && last is Last.Unit)
            {
                current *= 100;
                last = Last.Hundred;
                end = ++j;
            }
            else if (last is Last.Unit or Last.Ten or Last.Hundred && NumberWords.Scales.TryGet(w, out var scale) && !w.Equals("bn", StringComparison.OrdinalIgnoreCase))
            {
                total += current * scale;
                current = 0;
                lastScale = scale;
                last = Last.Scale;
                end = ++j;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last is Last.Hundred or Last.Scale
                     && s.IsWord(j + 1) && (NumberWords.Units.Contains(s.Span(j + 1)) || NumberWords.Tens.Contains(s.Span(j + 1))))
            {
                last = Last.And;
                j++;
            }
            else break;
        }
        if (end == i) return false;
        decimal value = total + current;
        number = new NumberPhrase(i, end, value, Spelled: true, Plain: false, Digits: 0, lastScale, Ordinal: false);
        return true;
    }
}
