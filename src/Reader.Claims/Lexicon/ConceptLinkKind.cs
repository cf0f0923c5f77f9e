namespace Reader.Claims.Lexicon;

/// <summary>Links between concepts (WordNet synsets) that the table keeps.</summary>
public enum ConceptLinkKind : byte
{
    /// <summary>The broader concept: officer → serviceman (WordNet "@").</summary>
    Hypernym = 0,
    /// <summary>The class of a named instance: a city → city (WordNet "@i").</summary>
    InstanceHypernym = 1,
    /// <summary>A verb and what it brings about: kill → die (WordNet "&gt;").</summary>
    Cause = 2,
    /// <summary>A verb and what it implies: snore → sleep (WordNet "*").</summary>
    Entailment = 3,
}
