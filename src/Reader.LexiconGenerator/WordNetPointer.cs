namespace Reader.LexiconGenerator;

/// <summary>
/// A pointer of a WordNet data line: its symbol ("@", "+", "!" …), the target synset, and for word-to-word
/// pointers the 1-based word numbers in source and target synsets (both 0 for concept-to-concept pointers).
/// </summary>
internal readonly record struct WordNetPointer(string Symbol, long TargetKey, int SourceWord, int TargetWord);
