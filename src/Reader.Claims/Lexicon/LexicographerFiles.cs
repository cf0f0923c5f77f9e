namespace Reader.Claims.Lexicon;

/// <summary>WordNet's lexicographer file numbers that frames use (lexnames(5WN)).</summary>
public static class LexicographerFiles
{
    public const int NounAct = 4;
    public const int NounGroup = 14;
    public const int NounPerson = 18;
    public const int NounPossession = 21;
    public const int NounQuantity = 23;
    public const int NounRelation = 24;
    public const int NounTime = 28;
}
