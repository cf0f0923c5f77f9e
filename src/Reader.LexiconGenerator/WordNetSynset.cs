using Reader.Claims.Lexicon;

namespace Reader.LexiconGenerator;

/// <summary>One line of a WordNet data file: a synset's words (lower case, adjective markers removed) and pointers.</summary>
internal sealed record WordNetSynset(long Key, PartOfSpeech Pos, int LexicographerFile, IReadOnlyList<string> Words, IReadOnlyList<WordNetPointer> Pointers);
