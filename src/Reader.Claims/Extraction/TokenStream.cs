using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>The tokens of one input with the small queries every matcher needs. One per Extract call.</summary>
internal sealed class TokenStream
{
    public TokenStream(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
    }

    public string Text { get; }
    public List<Token> Tokens { get; }
    public int Count => Tokens.Count;

    public Token this[int i] => Tokens[i];

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool InRange(int i) => i >= 0 && i < Tokens.Count;

    public bool IsWord(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Number;

    public bool IsWord(int i, string word) => IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(int i, char c) => InRange(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] == c;

    public bool IsDash(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] is '-' or '–' or '‑';

    /// <summary>True when token i touches token i-1 with no whitespace between.</summary>
    public bool Glued(int i) => InRange(i) && i > 0 && !Tokens[i].SpaceBefore;

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLower(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Start]);

    public bool IsFunctionWord(int i) => IsWord(i) && FunctionWords.All.Contains(Span(i));

    /// <summary>A possessive word: "Smith’s", "nation's", "leaders'".</summary>
    public bool IsPossessive(int i)
    {
        if (!IsWord(i)) return false;
        var s = Span(i);
        if (s.Length > 2 && s[^2] is '\'' or '’' && s[^1] is 's' or 'S') return true;
        return IsSymbol(i + 1, '\'') && Glued(i + 1) && s.Length > 1 && s[^1] is 's';
    }

    /// <summary>Matches a sequence of words starting at i; returns the index after it or -1.</summary>
    public int MatchWords(int i, string[] words)
    {
        foreach (var w in words)
        {
            if (!IsWord(i, w)) return -1;
            i++;
        }
        return i;
    }

    /// <summary>Skips an abbreviation written with dots ("U.S.", "U.K.") starting at i; returns the index after it or -1.</summary>
    public int SkipDottedAcronym(int i)
    {
        int j = i, letters = 0;
        while (IsWord(j) && Tokens[j].Length <= 2 && char.IsUpper(Text[Tokens[j].Start]) && IsSymbol(j + 1, '.') && Glued(j + 1))
        {
            letters++;
            j += 2;
            if (!Glued(j) || !IsWord(j)) break;
        }
        return letters >= 2 ? j : -1;
    }

    /// <summary>A boundary token a phrase must not cross: U+FFFC and other barriers, or clause punctuation.</summary>
    public bool IsClauseBreak(int i)
    {
        if (!InRange(i)) return true;
        var t = Tokens[i];
        if (t.Kind == TokenKind.Barrier) return true;
        if (t.Kind != TokenKind.Symbol) return false;
        return Text[t.Start] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or '!' or '?' or '—' or '–' or '\n';
    }
}
