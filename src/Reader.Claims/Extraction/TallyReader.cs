using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads vote and score tallies: "voted 312-104", "a 91-6 vote", "a 53-47 split", "won, 141 to 70".
/// </summary>
/// <remarks>
/// A range is written low to high ("10-12"), so two small integers glued by a dash with the first not below the
/// second can only be a pair for–against. Spaced "141 to 70" is as often a fall ("cut 40 to 30"), so it is a tally
/// only with a word of voting or winning a few tokens away.
/// </remarks>
internal static class TallyReader
{
    /// <summary>Each side stays below this, so a tally's pair can be coded as one number (see ClaimIntervals).</summary>
    public const decimal SideLimit = 1_000_000m;

    private const int MaxGluedDigits = 3;
    private const int ContextBefore = 6;
    private const int ContextAfter = 3;

    private static readonly WordSet TallyWords = new(
        "vote", "votes", "voted", "voting", "tally", "tallies", "win", "wins", "won", "winning", "victory", "victories",
        "margin", "margins", "split", "splits");

    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        // A hedge bounds one number; "about 52-48" is no tally we could state.
        if (qualifier != Qualifier.None || !s.IsNumber(j)) return false;
        if (!NumberReader.TryRead(s, j, moneyContext: false, out var n1) || !IsWhole(n1) || n1.Ordinal) return false;
        if (QuantityReader.IsNameOrCode(s, j, n1, qualifier)) return false;

        int end;
        NumberPhrase n2;
        if (s.IsDash(n1.End) && s.Glued(n1.End) && s.Glued(n1.End + 1))
        {
            if (!NumberReader.TryRead(s, n1.End + 1, moneyContext: false, out n2, rangeEnd: true)) return false;
            if (!n1.Plain || !n2.Plain || n1.Digits > MaxGluedDigits || n2.Digits > MaxGluedDigits) return false;
            end = n2.End;
            // "555-123-4567", "6-3-1", "52-48%": a code, or a figure of another kind.
            if (s.Glued(end) && s.InRange(end) && (s[end].Kind is TokenKind.Word or TokenKind.Number || s.IsDash(end)
                || s.IsSymbol(end, '/') || s.IsSymbol(end, '%'))) return false;
        }
        else if (s.IsWord(n1.End, "to") && s.IsNumber(n1.End + 1))
        {
            if (!NumberReader.TryRead(s, n1.End + 1, moneyContext: false, out n2) || !IsWhole(n2)) return false;
            if (IsYearShaped(n1) || IsYearShaped(n2)) return false;
            end = n2.End;
            // "from 40 to 30" is a change; "40 to 30 percent" a share.
            if (j > 0 && s.IsWord(j - 1, "from")) return false;
            if (!HasTallyWord(s, first, end)) return false;
        }
        else return false;

        if (n2.Value > n1.Value || n1.Value >= SideLimit) return false;
        if (UnitReader.After(s, end, afterScale: false).Kind != UnitMarkKind.None) return false;

        var tally = new RawFigure(first, end, ClaimKind.Tally, ClaimValue.Tally(n1.Value, n2.Value), "", Qualifier.None);
        figure = NounPhraseReader.WithNoun(s, tally, end, setUnit: false);
        return true;
    }

    private static bool IsWhole(NumberPhrase n) => !n.Spelled && n.Scale == 1m && n.Value == decimal.Truncate(n.Value)
                                                   && n.Value >= 0;

    private static bool IsYearShaped(NumberPhrase n) => n is { Plain: true, Digits: 4 };

    /// <summary>A word of voting or winning within a few tokens of the pair, not across a sentence end.</summary>
    private static bool HasTallyWord(TokenStream s, int first, int end)
    {
        for (int k = first - 1; k >= 0 && k >= first - ContextBefore && !s.IsSymbol(k, '.'); k--)
            if (s.IsWord(k) && TallyWords.Contains(s.Span(k))) return true;
        for (int k = end; k < end + ContextAfter && s.InRange(k) && !s.IsSymbol(k, '.'); k++)
            if (s.IsWord(k) && TallyWords.Contains(s.Span(k))) return true;
        return false;
    }
}
