namespace Reader.Claims.Lexicon;

/// <summary>One reading of a word: a lemma of the table in one part of speech ("shot" → (shoot, verb), (shot, noun)).</summary>
public readonly record struct LexicalEntry(int Lemma, PartOfSpeech Pos);
