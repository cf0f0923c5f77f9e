using Reader.Claims.Lexicon;

namespace Reader.LexiconGenerator;

/// <summary>One lemma's senses in one part of speech, most frequent first, as WordNet's index file lists them.</summary>
internal sealed record WordNetEntry(string Lemma, PartOfSpeech Pos, IReadOnlyList<long> SynsetKeys);
