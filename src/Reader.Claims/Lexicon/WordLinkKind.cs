namespace Reader.Claims.Lexicon;

/// <summary>Links between words (one sense of a word to a word), which WordNet keeps per word rather than per concept.</summary>
public enum WordLinkKind : byte
{
    /// <summary>Same root, another part of speech: injure ↔ injury, die ↔ death (WordNet "+").</summary>
    Derivation = 0,
    /// <summary>Opposites: rise ↔ fall, win ↔ lose (WordNet "!").</summary>
    Antonym = 1,
    /// <summary>An adjective that is a verb's participle: wounded → wound (WordNet "&lt;").</summary>
    Participle = 2,
    /// <summary>A relational adjective and its noun: presidential → president (WordNet "\").</summary>
    Pertainym = 3,
}
