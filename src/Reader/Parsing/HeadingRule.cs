using System.Text.RegularExpressions;

namespace Reader.Parsing;

/// <summary>
/// In plain text, a short title-case line standing between paragraphs is a heading. A line ending in
/// an abbreviation ("… and the U.S.") is still a heading: that full stop is not sentence punctuation.
/// </summary>
public static partial class HeadingRule
{
    private const int MaxLength = 100;
    private const int MaxWords = 14;

    /// <summary>Words that title case leaves in lower case.</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
        "up", "as", "from", "with", "into", "over", "per", "via", "vs", "vs.", "than", "between", "against",
        "about", "amid", "after", "before", "under", "through", "is", "are", "its",
    };

    public static bool IsHeading(string line)
    {
        var text = line.Trim();
        if (text.Length < 3 || text.Length > MaxLength) return false;
        if (EndsLikeSentence(text)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxWords) return false;
        if (!StartsUpper(words[0])) return false;
        int capitalised = 0;
        foreach (var word in words.Skip(1))
        {
            var bare = word.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', ',');
            if (bare.Length == 0 || !char.IsLetter(bare[0])) continue;
            if (StartsUpper(bare)) capitalised++;
            else if (!SmallWords.Contains(bare)) return false;
        }
        return capitalised > 0;
    }

    private static bool StartsUpper(string word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return char.IsUpper(c) || char.IsDigit(c);
        return false;
    }

    private static bool EndsLikeSentence(string text)
    {
        char last = text[^1];
        if (last is '!' or '?' or ':' or ';' or ',' or '"' or '”') return true;
        return last == '.' && !EndsWithAbbreviation().IsMatch(text);
    }

    /// <summary>"U.S.", "U.K.", "Inc.", "Corp.", "Jr." and the like.</summary>
    [GeneratedRegex(@"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.)$")]
    private static partial Regex EndsWithAbbreviation();
}
