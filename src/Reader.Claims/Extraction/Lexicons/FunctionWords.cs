namespace Reader.Claims.Extraction.Lexicons;

/// <summary>
/// Generic English function words. A counted noun phrase stops at them, a subject label is trimmed of
/// them, and they are never a counted noun.
/// </summary>
internal static class FunctionWords
{
    public static readonly WordSet All = new(
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "of", "in",
        "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "about",
        "as", "than", "then", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "his", "their",
        "our", "my", "your", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
        "not", "no", "all", "each", "every", "both", "either", "neither", "some", "any", "such", "only",
        "also", "just", "more", "most", "less", "least", "very", "after", "before", "since", "until",
        "while", "during", "between", "among", "against", "through", "per", "via", "if", "because",
        "though", "although", "whether", "up", "down", "out", "off", "again", "further", "there", "here",
        "now", "ago", "other", "another", "same", "own", "said", "says", "say", "according", "across",
        "toward", "towards", "around", "near", "within", "including", "upon", "beyond", "behind", "above",
        "below", "last", "next", "like", "unlike", "despite", "amid", "amongst", "whereas", "till");

    /// <summary>Words that make a following small spelled number anaphoric ("the three firms").</summary>
    public static readonly WordSet Determiners = new(
        "the", "these", "those", "both", "all", "its", "their", "our", "his", "her", "my", "your", "whose",
        "each", "every", "first", "last", "other");

    /// <summary>Words before an ordinal that make it attributive ("the first leader", "his second term").</summary>
    public static readonly WordSet OrdinalDeterminers = new(
        "the", "a", "an", "its", "their", "our", "his", "her", "my", "your", "whose", "this", "that", "every", "each");

    /// <summary>
    /// Generic plural nouns that a small spelled number merely points back to ("three firms", "two sides"):
    /// these restate who is involved, they do not state a figure worth comparing.
    /// </summary>
    public static readonly WordSet GenericPlurals = new(
        "nations", "countries", "sides", "leaders", "parties", "men", "women", "people", "things", "ways",
        "times", "reasons", "governments", "states", "groups", "allies", "partners", "neighbours",
        "neighbors", "powers", "economies", "camps", "teams", "brothers", "sisters", "sons", "daughters",
        "others", "ones", "presidents");

    /// <summary>Prefixes that may be hyphenated onto a figure without making it a code ("mid-2024").</summary>
    public static readonly WordSet FigurePrefixes = new("mid", "early", "late", "pre", "post", "around", "about", "over", "under", "some");
}
