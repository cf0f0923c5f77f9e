using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;
using Reader.Claims.Text;

namespace Reader.Claims.Extraction;

/// <summary>
/// Finds numeric claims in prose. Thread-safe and reusable: build one and share it.
/// Source markers ("[a1b2c3d4]"), URLs and U+FFFC placeholders (which callers put where code or
/// other non-prose inlines stood) never yield claims.
/// </summary>
/// <remarks>
/// One left-to-right pass over hand-made tokens: at each token that can open a claim, read an optional
/// hedge, then try dates and date spans, then tallies, ranks ("No. 2"), dozens, vague magnitudes ("thousands of"),
/// shares ("two-thirds") and one-unit durations ("a week", "yearlong"), then number-led figures (money, percent,
/// duration, range, ordinal, year, count), then spelled ordinals. Each reader looks a bounded number of tokens
/// ahead or behind, so the whole is linear.
/// No state is kept between calls.
/// </remarks>
public sealed class ClaimExtractor
{
    /// <param name="text">A paragraph or a whole text.</param>
    /// <param name="published">The article's publication date: resolves relative dates and supplies missing years.</param>
    public IReadOnlyList<Claim> Extract(string text, DateOnly? published = null)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var s = new TokenStream(text);
        var figures = new List<RawFigure>();
        int i = 0;
        while (i < s.Count)
        {
            if (FigureStarters.CanStart(s, i) && TryAt(s, i, published) is { } raw && raw.End > i)
            {
                figures.Add(raw);
                i = raw.End;
            }
            else i++;
        }
        if (figures.Count == 0) return [];

        // Frames read the other figures of a sentence (a date gives a count its time), so sentences are found first.
        var sentences = SentenceSplitter.Split(text);
        var claims = new List<Claim>(figures.Count);
        (int, int, IReadOnlyList<string>?) lastWindow = default;
        int first = 0;
        while (first < figures.Count)
        {
            int sentenceIndex = SentenceIndex(sentences, s[figures[first].First].Start);
            var sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : new TextSpan(0, text.Length);
            int end = first + 1;
            while (end < figures.Count && s[figures[end].First].Start < sentence.End) end++;
            var inSentence = figures.GetRange(first, end - first);
            var (tokenFirst, tokenEnd) = TokenRange(s, sentence);
            foreach (var f in inSentence)
                if (Build(s, f, sentence, Math.Max(0, sentenceIndex), tokenFirst, tokenEnd, inSentence, ref lastWindow) is { } claim)
                    claims.Add(claim);
            first = end;
        }
        return claims;
    }

    /// <summary>The tokens [first, end) whose text lies in the sentence.</summary>
    private static (int First, int End) TokenRange(TokenStream s, TextSpan sentence)
    {
        int lo = 0, hi = s.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (s[mid].Start < sentence.Start) lo = mid + 1; else hi = mid; }
        int first = lo;
        hi = s.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (s[mid].Start < sentence.End) lo = mid + 1; else hi = mid; }
        return (first, lo);
    }

    private static RawFigure? TryAt(TokenStream s, int i, DateOnly? published)
    {
        if (s.IsWord(i) && Hedges.BeforeByFirstWord.TryGet(s.Span(i), out var hedges))
            foreach (var (words, qualifier) in hedges)
            {
                int j = s.MatchWords(i, words);
                if (j > 0 && !s.Glued(j) && TryFigure(s, i, j, qualifier, published) is { } hedged) return hedged;
            }
        return TryFigure(s, i, i, Qualifier.None, published);
    }

    private static RawFigure? TryFigure(TokenStream s, int first, int j, Qualifier qualifier, DateOnly? published)
    {
        if (DateReader.TryRead(s, j, published, out var date))
            return date! with { First = Math.Min(first, date.First), Qualifier = qualifier };
        if (TallyReader.TryRead(s, first, j, qualifier, out var tally)) return tally;
        if (RankReader.TryRead(s, first, j, qualifier, out var rank)) return rank;
        if (DozenReader.TryRead(s, first, j, qualifier, out var dozens)) return dozens;
        if (VagueMagnitudeReader.TryRead(s, first, j, qualifier, out var magnitude)) return magnitude;
        if (FractionReader.TryRead(s, first, j, qualifier, out var share)) return share;
        if (SingleUnitDurationReader.TryRead(s, first, j, qualifier, out var length)) return length;
        if (QuantityReader.TryRead(s, first, j, qualifier, out var quantity)) return quantity;
        if (qualifier == Qualifier.None && OrdinalWordReader.TryRead(s, j, out var ordinal)) return ordinal;
        return null;
    }

    private static Claim? Build(TokenStream s, RawFigure f, TextSpan sentence, int sentenceIndex, int tokenFirst, int tokenEnd,
        IReadOnlyList<RawFigure> inSentence, ref (int, int, IReadOnlyList<string>?) lastWindow)
    {
        // "last year", "this week": no figure a note could set against another, though they date the sentence's others.
        if (f.Relative) return null;
        int start = s[f.First].Start, end = s[f.End - 1].End;
        var text = s.Text.Substring(start, end - start);
        if (text.Contains('\uFFFC') || BareNumbers.IsBareSmallNumber(s, f)) return null;
        return new Claim
        {
            Start = start,
            Length = end - start,
            Text = text,
            Kind = f.Kind,
            Value = f.Value,
            Unit = f.Unit,
            Qualifier = f.Qualifier,
            Subject = SubjectBuilder.Build(s, f, sentence, ref lastWindow),
            Frame = FrameReader.Read(s, f, tokenFirst, tokenEnd, inSentence),
            SentenceIndex = sentenceIndex,
            Normalised = ClaimFormatter.Normalised(f.Kind, f.Value, f.Unit, f.Qualifier),
        };
    }

    /// <summary>The last sentence starting at or before the offset (binary search).</summary>
    private static int SentenceIndex(IReadOnlyList<TextSpan> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 && sentences.Count > 0 ? 0 : found;
    }
}
