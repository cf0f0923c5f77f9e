using System.IO.Compression;
using System.Text;

namespace Reader.Claims.Lexicon;

/// <summary>
/// The generated WordNet table (<see cref="WordNetTableFormat"/>), loaded into flat arrays: lemmas by id, each
/// lemma's senses per part of speech (most frequent first), each sense's concept and word links, each concept's
/// part of speech, lexicographer file and links, and irregular inflections. Immutable once read; thread-safe.
/// WordNet 3.0 Copyright 2006 by Princeton University; see Data/WORDNET-LICENSE.
/// </summary>
public sealed class WordNetTable
{
    private const int PartsOfSpeech = 3;

    private readonly string[] lemmas;
    private readonly Dictionary<string, int> lemmaIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lemmaLookup;
    private readonly byte[] conceptPos;
    private readonly byte[] conceptFile;
    private readonly int[] conceptLinkStart;
    private readonly ConceptLink[] conceptLinks;
    /// <summary>Per lemma and part of speech (lemma * 3 + pos): first sense index; the next slot's value ends it.</summary>
    private readonly int[] senseStart;
    private readonly int[] senseConcept;
    private readonly int[] senseLinkStart;
    private readonly WordLink[] senseLinks;
    private readonly Dictionary<string, (PartOfSpeech Pos, int Lemma)[]> exceptions;
    private readonly Dictionary<string, (PartOfSpeech Pos, int Lemma)[]>.AlternateLookup<ReadOnlySpan<char>> exceptionLookup;

    private WordNetTable(string[] lemmas, byte[] conceptPos, byte[] conceptFile, int[] conceptLinkStart, ConceptLink[] conceptLinks,
        int[] senseStart, int[] senseConcept, int[] senseLinkStart, WordLink[] senseLinks, Dictionary<string, (PartOfSpeech, int)[]> exceptions)
    {
        this.lemmas = lemmas;
        lemmaIds = new Dictionary<string, int>(lemmas.Length, StringComparer.Ordinal);
        for (int i = 0; i < lemmas.Length; i++) lemmaIds[lemmas[i]] = i;
        lemmaLookup = lemmaIds.GetAlternateLookup<ReadOnlySpan<char>>();
        this.conceptPos = conceptPos;
        this.conceptFile = conceptFile;
        this.conceptLinkStart = conceptLinkStart;
        this.conceptLinks = conceptLinks;
        this.senseStart = senseStart;
        this.senseConcept = senseConcept;
        this.senseLinkStart = senseLinkStart;
        this.senseLinks = senseLinks;
        this.exceptions = exceptions;
        exceptionLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int LemmaCount => lemmas.Length;

    public int ConceptCount => conceptPos.Length;

    public string Lemma(int id) => lemmas[id];

    /// <summary>The id of a lemma as the table spells it (lower case, words joined by single spaces).</summary>
    public bool TryGetLemma(ReadOnlySpan<char> lemma, out int id) => lemmaLookup.TryGetValue(lemma, out id);

    /// <summary>The lemma's senses in a part of speech, most frequent first, as a range of sense indexes.</summary>
    public Range Senses(int lemma, PartOfSpeech pos)
    {
        int slot = lemma * PartsOfSpeech + (int)pos;
        return senseStart[slot]..senseStart[slot + 1];
    }

    public bool Has(int lemma, PartOfSpeech pos)
    {
        int slot = lemma * PartsOfSpeech + (int)pos;
        return senseStart[slot + 1] > senseStart[slot];
    }

    public int ConceptOf(int sense) => senseConcept[sense];

    public ReadOnlySpan<WordLink> LinksOf(int sense) => senseLinks.AsSpan(senseLinkStart[sense]..senseLinkStart[sense + 1]);

    public PartOfSpeech PosOf(int concept) => (PartOfSpeech)conceptPos[concept];

    /// <summary>WordNet's lexicographer file number: 18 is noun.person, 23 noun.quantity, 28 noun.time (lexnames(5WN)).</summary>
    public int LexicographerFile(int concept) => conceptFile[concept];

    public ReadOnlySpan<ConceptLink> LinksOfConcept(int concept) =>
        conceptLinks.AsSpan(conceptLinkStart[concept]..conceptLinkStart[concept + 1]);

    /// <summary>Irregular inflections: "fled" → (verb, flee), "men" → (noun, man).</summary>
    public ReadOnlySpan<(PartOfSpeech Pos, int Lemma)> ExceptionsOf(ReadOnlySpan<char> form) =>
        exceptionLookup.TryGetValue(form, out var found) ? found : [];

    public static WordNetTable Read(Stream gzip)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(unzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        Span<byte> magic = stackalloc byte[4];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(WordNetTableFormat.Magic) || r.ReadByte() != WordNetTableFormat.Version)
            throw new InvalidDataException("not a WordNet table of this version (regenerate it: src/Reader.LexiconGenerator)");

        var lemmas = new string[r.Read7BitEncodedInt()];
        for (int i = 0; i < lemmas.Length; i++) lemmas[i] = r.ReadString();

        int conceptCount = r.Read7BitEncodedInt();
        var pos = new byte[conceptCount];
        var file = new byte[conceptCount];
        var linkStart = new int[conceptCount + 1];
        var links = new List<ConceptLink>(conceptCount * 2);
        for (int c = 0; c < conceptCount; c++)
        {
            pos[c] = r.ReadByte();
            file[c] = r.ReadByte();
            linkStart[c] = links.Count;
            int n = r.Read7BitEncodedInt();
            for (int k = 0; k < n; k++) links.Add(new ConceptLink((ConceptLinkKind)r.ReadByte(), r.Read7BitEncodedInt()));
        }
        linkStart[conceptCount] = links.Count;

        var senseStart = new int[lemmas.Length * PartsOfSpeech + 1];
        var senseConcept = new List<int>(lemmas.Length * 2);
        var senseLinkStart = new List<int>(lemmas.Length * 2);
        var senseLinks = new List<WordLink>(lemmas.Length);
        int lists = r.Read7BitEncodedInt(), nextSlot = 0;
        for (int l = 0; l < lists; l++)
        {
            int slot = r.Read7BitEncodedInt() * PartsOfSpeech + r.ReadByte();
            // Lists come in (lemma, part of speech) order: slots without one are empty ranges.
            while (nextSlot <= slot) senseStart[nextSlot++] = senseConcept.Count;
            int senses = r.Read7BitEncodedInt();
            for (int s = 0; s < senses; s++)
            {
                senseConcept.Add(r.Read7BitEncodedInt());
                senseLinkStart.Add(senseLinks.Count);
                int n = r.Read7BitEncodedInt();
                for (int k = 0; k < n; k++)
                    senseLinks.Add(new WordLink((WordLinkKind)r.ReadByte(), r.Read7BitEncodedInt(), (PartOfSpeech)r.ReadByte()));
            }
        }
        while (nextSlot < senseStart.Length) senseStart[nextSlot++] = senseConcept.Count;
        senseLinkStart.Add(senseLinks.Count);

        var exceptions = new Dictionary<string, List<(PartOfSpeech, int)>>(StringComparer.Ordinal);
        int exceptionCount = r.Read7BitEncodedInt();
        for (int e = 0; e < exceptionCount; e++)
        {
            var form = r.ReadString();
            var entry = ((PartOfSpeech)r.ReadByte(), r.Read7BitEncodedInt());
            if (!exceptions.TryGetValue(form, out var list)) exceptions[form] = list = [];
            list.Add(entry);
        }
        return new WordNetTable(lemmas, pos, file, linkStart, [.. links], senseStart, [.. senseConcept], [.. senseLinkStart], [.. senseLinks],
            exceptions.ToDictionary(x => x.Key, x => x.Value.ToArray(), StringComparer.Ordinal));
    }
}
