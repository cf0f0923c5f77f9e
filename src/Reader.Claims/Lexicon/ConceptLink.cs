namespace Reader.Claims.Lexicon;

/// <summary>A link from one concept to another (<see cref="WordNetTable"/> concept ids).</summary>
public readonly record struct ConceptLink(ConceptLinkKind Kind, int Concept);
