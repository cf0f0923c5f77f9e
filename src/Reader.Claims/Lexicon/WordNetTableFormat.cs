namespace Reader.Claims.Lexicon;

/// <summary>
/// The layout of the generated WordNet table, shared by the generator (src/Reader.LexiconGenerator), which writes
/// it, and <see cref="WordNetTable"/>, which reads it. Gzip over a little-endian stream of 7-bit encoded integers
/// and length-prefixed UTF-8 strings:
/// <code>
/// magic "RWNT", version byte
/// lemma count; lemmas, sorted ordinally (multi-word lemmas joined by spaces)
/// concept count; per concept: part of speech, WordNet lexicographer file number, link count, links (kind, concept)
/// sense-list count; per list: lemma, part of speech, sense count, senses most frequent first
///   (concept, word-link count, word links (kind, lemma, part of speech))
/// exception count; per exception: inflected form, part of speech, lemma
/// </code>
/// </summary>
public static class WordNetTableFormat
{
    public static ReadOnlySpan<byte> Magic => "RWNT"u8;

    public const byte Version = 1;

    /// <summary>The embedded resource's name in Reader.Claims.</summary>
    public const string ResourceName = "Reader.Claims.Lexicon.Data.wordnet.table.gz";
}
