using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// Reads ranks written with "No." or "number": "the No. 2 official", "was No. 3", "the No. 1 priority",
/// "the number one concern". A rank is an ordinal. "Room No. 5", "case No. 10-277" and "Number 10" are names
/// or references and stay out.
/// </summary>
internal static class RankReader
{
    private const int MaxRankDigits = 3;

    public static bool TryRead(TokenStream s, int first, int j, Qualifier qualifier, out RawFigure? figure)
    {
        figure = null;
        if (qualifier != Qualifier.None || !s.IsWord(j)) return false;
        decimal rank;
        int end;
        if (s.IsWord(j, "no") && s.IsSymbol(j + 1, '.') && s.Glued(j + 1) && s.IsNumber(j + 2))
        {
            if (!RanksHere(s, j)) return false;
            var raw = s.Span(j + 2);
            if (s[j + 2].Malformed || raw.Length > MaxRankDigits || raw.ContainsAnyExcept("0123456789")) return false;
            // "No. 10-277", "No. 5/6", "No. 5a": a reference number.
            if (s.Glued(j + 3) && s.InRange(j + 3) && (s[j + 3].Kind is TokenKind.Word or TokenKind.Number || s.IsDash(j + 3) || s.IsSymbol(j + 3, '/'))) return false;
            if (!NumberReader.TryParse(raw, out rank) || rank < 1) return false;
            end = j + 3;
        }
        else if (s.IsWord(j, "number") && (s.IsLower(j) || FrameWords.OpensSentence(s, j)) && s.IsWord(j + 1)
                 && NumberReader.TryRead(s, j + 1, moneyContext: false, out var n) && n.Spelled && n.Scale == 1m && n.Value >= 1
                 && !NumberWords.Scales.Contains(s.Span(n.End - 1)) && !s.IsWord(n.End, "hundred"))
        {
            if (!RanksHere(s, j)) return false;
            rank = n.Value;
            end = n.End;
        }
        else return false;

        var ordinal = new RawFigure(first, end, ClaimKind.Ordinal, ClaimValue.Number(rank), "", Qualifier.None);
        figure = NounPhraseReader.WithNoun(s, ordinal, end, setUnit: false);
        return true;
    }

    /// <summary>
    /// A rank stands where a determiner, a possessive, a verb or a clause start can put it ("the No. 2", "the Senate's
    /// No. 2", "ranked No. 1", "was No. 3"); after a noun ("Room No. 5", "case No. 12") "No." introduces a reference.
    /// </summary>
    private static bool RanksHere(TokenStream s, int j)
    {
        int prev = j - 1;
        if (prev < 0 || !s.IsWord(prev)) return prev < 0 || s.IsClauseBreak(prev) || s.IsSymbol(prev, '.');
        if (s.IsFunctionWord(prev) || s.IsPossessive(prev) || FrameWords.IsAuxiliary(s, prev)) return true;
        return s.IsLower(prev) && FrameWords.IsInflectedVerb(s, prev);
    }
}
