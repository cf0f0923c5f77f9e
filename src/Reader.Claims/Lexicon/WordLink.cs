namespace Reader.Claims.Lexicon;

/// <summary>A link from one sense of a word to another word (<see cref="WordNetTable.Lemma"/> id) in a part of speech.</summary>
public readonly record struct WordLink(WordLinkKind Kind, int Lemma, PartOfSpeech Pos);
