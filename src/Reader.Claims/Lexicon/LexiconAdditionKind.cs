namespace Reader.Claims.Lexicon;

/// <summary>What an entry of Data/additions.txt says of its word.</summary>
internal enum LexiconAdditionKind
{
    /// <summary>The word means what the target means, in every sense (a newer spelling or word).</summary>
    Same,
    /// <summary>The word is an inflected form of the target ("people" as the plural of "person").</summary>
    Inflection,
    /// <summary>The word shares the target's root, as WordNet's derivational links say of other pairs ("dead", "die").</summary>
    Derived,
}
