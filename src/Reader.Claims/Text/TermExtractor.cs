using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Reader.Claims.Text;

/// <summary>
/// Turns prose into matching terms: English tokens, lower-cased, stop words removed, stemmed
/// (Lucene's English analysis), so "invested", "investing" and "investment" meet. Thread-safe.
/// </summary>
/// <remarks>
/// Lucene's <see cref="EnglishAnalyzer"/> is StandardTokenizer → possessive filter ("Spain's" → "spain") →
/// lower case → English stop words → Porter stemmer. One shared analyzer is safe across threads: its default
/// reuse strategy keeps one token-stream chain per thread, so each call only resets a reader instead of
/// building filters (this runs on every sentence of very large editions).
/// Tokens holding a digit are dropped: figures are what gets compared, never what identifies a subject.
/// Terms come back distinct, in order of first appearance.
/// </remarks>
public static class TermExtractor
{
    // Declared before Analyzer: static fields initialise in textual order.
    private static readonly string[] AttributionWords =
        ["said", "say", "says", "saying", "told", "also", "according", "mr", "mrs", "ms", "dr"];

    private static readonly Analyzer Analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48, StopWords());

    /// <summary>
    /// <see cref="EnglishStopWords"/>, plus the attribution words every news report uses ("said", "according
    /// to"), which say nothing about what a figure counts.
    /// </summary>
    private static CharArraySet StopWords()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, EnglishStopWords.All.ToList(), ignoreCase: true);
        foreach (var word in AttributionWords) set.Add(word);
        return set.AsReadOnly();
    }

    public static IReadOnlyList<string> Terms(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (text.Length > MaxCachedLength) return Analyse(text);
        // Short texts are single words and names (heads, units, the capitalised words near a figure), asked
        // for again and again across claims and articles; the analysis is a pure function of the text, so a
        // remembered answer is the same answer without a pass through the token-stream chain.
        if (ShortTexts.TryGetValue(text, out var known)) return known;
        var result = Analyse(text).ToArray();
        // Counted here rather than by ShortTexts.Count, which takes every lock of the table: misses come from
        // all Parse threads at once. The bound is approximate under races, which is all it needs to be.
        if (ShortTexts.TryAdd(text, result) && Interlocked.Increment(ref shortTextCount) >= MaxCachedTexts)
        {
            ShortTexts.Clear();
            Interlocked.Exchange(ref shortTextCount, 0);
        }
        return result;
    }

    private static int shortTextCount;

    private const int MaxCachedLength = 32;

    // Bounds memory (a few MB) on editions with very many distinct names: the words asked for again and
    // again are far fewer than this, and clearing only costs re-analysis.
    private const int MaxCachedTexts = 50_000;

    private static readonly ConcurrentDictionary<string, string[]> ShortTexts = new(StringComparer.Ordinal);

    private static List<string> Analyse(string text)
    {
        var terms = new List<string>();
        // Called for every sentence and several times per claim of very large editions: most calls yield a
        // handful of terms, so duplicates are found by scanning the list (no set, no string for a repeat);
        // a set is built only for long texts.
        HashSet<string>? seen = null;
        using (var stream = Analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (HasDigit(term.Buffer, term.Length)) continue;
                var span = term.Buffer.AsSpan(0, term.Length);
                if (seen is null)
                {
                    if (Contains(terms, span)) continue;
                    terms.Add(new string(span));
                    if (terms.Count == LinearLimit) seen = new HashSet<string>(terms, StringComparer.Ordinal);
                }
                else if (!seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
                {
                    var value = new string(span);
                    seen.Add(value);
                    terms.Add(value);
                }
            }
            stream.End();
        }
        return terms;
    }

    private const int LinearLimit = 24;

    private static bool Contains(List<string> terms, ReadOnlySpan<char> span)
    {
        foreach (var t in terms)
            if (span.SequenceEqual(t)) return true;
        return false;
    }

    private static bool HasDigit(char[] buffer, int length)
    {
        for (int i = 0; i < length; i++)
            if (char.IsDigit(buffer[i])) return true;
        return false;
    }
}
