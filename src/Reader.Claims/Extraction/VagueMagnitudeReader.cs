using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads magnitudes stated without a number: "dozens of volunteers", "tens of thousands of homes", "millions of
/// pounds", "shift billions into repairs". Each is a claim of at least the least value its words allow
/// ("thousands" ≥ 2,000; "hundreds of thousands" ≥ 200,000), so it agrees with any figure it allows.
/// </summary>
/// <remarks>
/// Only where the words state how many of something: before "of" and a noun, before a noun, or as the object of a
/// verb. "by the thousands" or "in the billions" name no quantity. Money needs a currency ("of dollars", "£millions"):
/// "billions in back taxes" stays a count, since the words do not say which currency.
/// </remarks>
internal static class VagueMagnitudeReader
{
    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        // A hedge before a vague magnitude ("some thousands") adds nothing to "at least".
        if (qualifier != Qualifier.None) return false;
        int k = j;
        string? currency = null;
        if (s.InRange(k) && s[k].Kind == TokenKind.Symbol && Currencies.Symbol(s.Text[s[k].Start]) is { } iso && s.Glued(k + 1))
        {
            currency = iso;
            k++;
        }
        if (!s.IsWord(k) || !s.IsLower(k) && !FrameWords.OpensSentence(s, k)) return false;
        if (!TryMagnitude(s, k, out decimal least, out int p)) return false;

        if (currency is null && s.IsWord(p, "of") && s.IsWord(p + 1) && Currencies.Words.TryGet(s.Span(p + 1), out var word)
            && !word.Contains('/') && !Currencies.AmbiguousWords.Contains(s.Span(p + 1)))
        {
            currency = word;
            p += 2;
        }
        if (currency is not null)
        {
            figure = new RawFigure(first, p, ClaimKind.Money, ClaimValue.Number(least), currency, Qualifier.AtLeast);
            return true;
        }
        var count = new RawFigure(first, p, ClaimKind.Count, ClaimValue.Number(least), "", Qualifier.AtLeast);
        if (s.IsWord(p, "of") && NounPhraseReader.TryRead(s, p + 1, out _, out _, out _))
        {
            figure = NounPhraseReader.WithNoun(s, count, p + 1, setUnit: true);
            return true;
        }
        if (FrameWords.IsNoun(s, p) && !FrameWords.IsVerb(s, p))
        {
            figure = NounPhraseReader.WithNoun(s, count, p, setUnit: true);
            return true;
        }
        // "shift billions into repairs": the object of a verb says how much was moved.
        if (first == j && FrameWords.IsVerb(s, j - 1))
        {
            figure = count;
            return true;
        }
        return false;
    }

    /// <summary>"thousands", "tens of thousands", "hundreds of millions": the least value, and the token after the words.</summary>
    private static bool TryMagnitude(TokenStream s, int k, out decimal least, out int end)
    {
        least = 0;
        end = k;
        if (NumberWords.PluralMultipliers.TryGet(s.Span(k), out var multiplier) && s.IsWord(k + 1, "of") && s.IsWord(k + 2)
            && NumberWords.PluralScales.TryGet(s.Span(k + 2), out var inner) && inner >= 1_000m)
        {
            least = 2 * multiplier * inner;
            end = k + 3;
            return true;
        }
        if (!NumberWords.PluralScales.TryGet(s.Span(k), out var scale)) return false;
        least = 2 * scale;
        end = k + 1;
        return true;
    }
}
