namespace Reader.Claims.Lexicon;

/// <summary>
/// What one lexical entry means, as sets of concept ids worked out once and kept: its usual senses, the roots it
/// shares with derived words, the broader concepts above it (with their distance), its senses' direct parents,
/// and its antonyms.
/// </summary>
internal sealed record EntryConcepts(
    int[] Own,
    int[] Roots,
    Dictionary<int, int> Ancestors,
    int[] Parents,
    int[] Antonyms,
    int LexicographerFile);
