namespace Reader.Claims.Lexicon;

/// <summary>How two words' meanings relate, strongest first. Serialised in lower case where a note explains a match.</summary>
public enum LexicalRelation
{
    /// <summary>One lemma ("voted", "vote").</summary>
    Same,
    /// <summary>A shared concept among their usual senses ("wounded", "injured").</summary>
    Synonym,
    /// <summary>One root through WordNet's derivational, participle or cause links ("injuries", "injured"; "deaths", "killed").</summary>
    Derived,
    /// <summary>One is a kind of the other within a few steps ("summit" is a meeting; "officers" are people).</summary>
    Kind,
    /// <summary>Opposites, or two kinds of one thing ("rise", "fall"; "Republicans", "Democrats"): never the same quantity.</summary>
    Contrast,
    /// <summary>Nothing in the lexicon relates them.</summary>
    Unrelated,
}
