using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Markdown.Claims;

/// <summary>
/// Page anchors made from what they mark, so a link into an article survives edits elsewhere in it: a sentence's
/// anchor is a short hash of its words ("s-k7q2a"); a claim's is its figure's words and its sentence's hash
/// ("c-about-12500-k7q2a"). Only editing the sentence itself moves them. A repeat within one article (the
/// same sentence twice, the same figure twice in one sentence) gets "-2", "-3" in page order. One instance per
/// article: it remembers the anchors it gave.
/// </summary>
public sealed class ContentAnchors
{
    public const string SentencePrefix = "s-";
    public const string ClaimPrefix = "c-";
    /// <summary>Words of a figure kept in its anchor; longer figures are cut at a word.</summary>
    private const int MaxFigureLength = 40;
    /// <summary>Characters of hash: 25 bits, so two sentences of one article almost never share one (and then "-2" tells them apart).</summary>
    private const int HashLength = 5;
    /// <summary>Letters and digits that cannot be misread for one another (no l, 1, o, 0).</summary>
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>The anchor of a sentence, from its text as a reader sees it.</summary>
    public string Sentence(string text) => Unique(SentencePrefix + Hash(text));

    /// <summary>The anchor of a claim: its figure's words, then the hash its sentence's anchor carries.</summary>
    public string Claim(string figure, string sentenceAnchor)
    {
        var sentence = sentenceAnchor.StartsWith(SentencePrefix, StringComparison.Ordinal) ? sentenceAnchor[SentencePrefix.Length..] : Hash(sentenceAnchor);
        return Unique(ClaimPrefix + Slug(figure) + "-" + sentence);
    }

    /// <summary>The edition-wide id of a claim or sentence: "{article id}#{anchor}", the article and the fragment of its page.</summary>
    public static string EditionId(string articleId, string anchor) => articleId + "#" + anchor;

    private string Unique(string anchor)
    {
        var unique = anchor;
        for (int n = 2; !used.Add(unique); n++) unique = string.Create(CultureInfo.InvariantCulture, $"{anchor}-{n}");
        return unique;
    }

    /// <summary>
    /// "about 12,500" → "about-12500", "$3.2 billion" → "3-2-billion", "2%" → "2-percent": ASCII
    /// letters and digits only, so the anchor needs no escaping in a URL or a CSS selector (other letters are dropped).
    /// </summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            // Digit group separators belong to the number: 12,500 is one word.
            else if (c == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])) continue;
            else if (c == '%') slug.Append("-percent-");
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var words = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > MaxFigureLength)
        {
            int cut = words.LastIndexOf('-', MaxFigureLength);
            words = words[..(cut > 0 ? cut : MaxFigureLength)];
        }
        return words.Length == 0 ? "figure" : words;
    }

    /// <summary>A short, stable hash of the text with its spacing evened out.</summary>
    public static string Hash(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalised), digest);
        ulong bits = ((ulong)digest[0] << 24) | ((ulong)digest[1] << 16) | ((ulong)digest[2] << 8) | digest[3];
        Span<char> chars = stackalloc char[HashLength];
        for (int i = 0; i < HashLength; i++, bits >>= 5) chars[i] = Alphabet[(int)(bits & 31)];
        return new string(chars);
    }
}
