namespace Reader.Claims.Lexicon;

/// <summary>The parts of speech the lexicon keeps: what a frame's measured thing, predicate and holder can be.</summary>
public enum PartOfSpeech : byte
{
    Noun = 0,
    Verb = 1,
    Adjective = 2,
}
