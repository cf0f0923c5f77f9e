using System.Globalization;
using System.Text;
using Reader.Claims.Lexicon;

namespace Reader.LexiconGenerator;

/// <summary>
/// Reads WordNet 3.0's database files (format: wndb(5WN)): index.noun/verb/adj for each lemma's senses in
/// frequency order, data.noun/verb/adj for synsets and pointers, noun/verb/adj.exc for irregular inflections.
/// Adverbs are left out: no frame role is an adverb.
/// </summary>
internal sealed class WordNetFiles
{
    public List<WordNetEntry> Entries { get; } = [];
    public Dictionary<long, WordNetSynset> Synsets { get; } = [];
    public List<(string Form, PartOfSpeech Pos, string Lemma)> Exceptions { get; } = [];

    private static readonly (PartOfSpeech Pos, string Name)[] Files =
        [(PartOfSpeech.Noun, "noun"), (PartOfSpeech.Verb, "verb"), (PartOfSpeech.Adjective, "adj")];

    /// <summary>Synsets of different parts of speech share offsets; a key keeps them apart.</summary>
    public static long Key(PartOfSpeech pos, long offset) => ((long)pos << 40) | offset;

    public static WordNetFiles Read(string folder)
    {
        var files = new WordNetFiles();
        // WordNet's files are ASCII apart from a few Latin-1 glosses, which are never read.
        var latin1 = Encoding.Latin1;
        foreach (var (pos, name) in Files)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "index." + name), latin1))
                if (!line.StartsWith(' ')) files.Entries.Add(ParseIndex(line, pos));
            foreach (var line in File.ReadLines(Path.Combine(folder, "data." + name), latin1))
                if (!line.StartsWith(' ')) { var s = ParseData(line, pos); files.Synsets[s.Key] = s; }
            foreach (var line in File.ReadLines(Path.Combine(folder, name + ".exc"), latin1))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 1; i < f.Length; i++) files.Exceptions.Add((Word(f[0]), pos, Word(f[i])));
            }
        }
        return files;
    }

    /// <summary>lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…</summary>
    private static WordNetEntry ParseIndex(string line, PartOfSpeech pos)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int pointerSymbols = int.Parse(f[3], CultureInfo.InvariantCulture);
        int first = 4 + pointerSymbols + 2;
        var keys = new List<long>(f.Length - first);
        for (int i = first; i < f.Length; i++) keys.Add(Key(pos, long.Parse(f[i], CultureInfo.InvariantCulture)));
        return new WordNetEntry(Word(f[0]), pos, keys);
    }

    /// <summary>offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)… [frames] | gloss</summary>
    private static WordNetSynset ParseData(string line, PartOfSpeech pos)
    {
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var f = (bar >= 0 ? line[..bar] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long offset = long.Parse(f[0], CultureInfo.InvariantCulture);
        int lexFile = int.Parse(f[1], CultureInfo.InvariantCulture);
        int wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new List<string>(wordCount);
        for (int w = 0; w < wordCount; w++) words.Add(Word(StripMarker(f[4 + 2 * w])));
        int i = 4 + 2 * wordCount;
        int pointerCount = int.Parse(f[i++], CultureInfo.InvariantCulture);
        var pointers = new List<WordNetPointer>(pointerCount);
        for (int p = 0; p < pointerCount; p++, i += 4)
        {
            var targetPos = f[i + 2] switch { "n" => PartOfSpeech.Noun, "v" => PartOfSpeech.Verb, "a" or "s" => PartOfSpeech.Adjective, _ => (PartOfSpeech)255 };
            var st = f[i + 3];
            pointers.Add(new WordNetPointer(f[i], Key(targetPos, long.Parse(f[i + 1], CultureInfo.InvariantCulture)),
                int.Parse(st[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(st[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        return new WordNetSynset(Key(pos, offset), pos, lexFile, words, pointers);
    }

    /// <summary>Adjectives in data files may carry a syntactic marker: "dead(a)", "elect(ip)".</summary>
    private static string StripMarker(string word)
    {
        int paren = word.IndexOf('(');
        return paren > 0 ? word[..paren] : word;
    }

    /// <summary>WordNet joins the words of a collocation with underscores; the table uses spaces, as text does.</summary>
    private static string Word(string raw) => raw.Replace('_', ' ').ToLowerInvariant();
}
