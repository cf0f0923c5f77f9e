namespace Reader.Claims.Lexicon;

/// <summary>
/// WordNet's morphy: the lemmas an inflected word can come from, in one part of speech. Its irregular forms from
/// WordNet's exception lists ("fled" → flee, "men" → man), the word itself if the table has it, then the
/// detachment rules of morphy(7WN) ("injuries" → injury, "voted" → vote, "shooting" → shoot).
/// </summary>
internal static class Morphology
{
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    /// <param name="word">Lower case.</param>
    public static void Lemmas(WordNetTable table, string word, PartOfSpeech pos, List<int> into)
    {
        // Irregular forms first: "fell" is far more often a form of "fall" than the verb "fell", "left" of "leave".
        foreach (var (p, lemma) in table.ExceptionsOf(word))
            if (p == pos) Add(into, lemma);
        if (table.TryGetLemma(word, out int self) && table.Has(self, pos)) Add(into, self);
        var rules = pos switch { PartOfSpeech.Noun => NounRules, PartOfSpeech.Verb => VerbRules, _ => AdjectiveRules };
        Span<char> buffer = stackalloc char[Math.Min(word.Length + 2, 128)];
        foreach (var (suffix, ending) in rules)
        {
            if (word.Length <= suffix.Length || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            int stem = word.Length - suffix.Length;
            if (stem + ending.Length > buffer.Length) continue;
            word.AsSpan(0, stem).CopyTo(buffer);
            ending.AsSpan().CopyTo(buffer[stem..]);
            if (table.TryGetLemma(buffer[..(stem + ending.Length)], out int lemma) && table.Has(lemma, pos)) Add(into, lemma);
        }
    }

    private static void Add(List<int> into, int lemma)
    {
        if (!into.Contains(lemma)) into.Add(lemma);
    }
}
