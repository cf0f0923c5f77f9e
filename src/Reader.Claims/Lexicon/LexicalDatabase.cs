using System.Collections.Concurrent;
using System.Reflection;

namespace Reader.Claims.Lexicon;

/// <summary>
/// What Reader knows of English words, from WordNet 3.0 (<see cref="WordNetTable"/>) and the few additions in
/// Data/additions.txt: a word's readings (lemma and part of speech, through WordNet's morphology) and how two
/// readings relate (<see cref="LexicalRelation"/>). Loaded once, on first use; thread-safe.
/// </summary>
/// <remarks>
/// Only a word's first <see cref="UsualSenses"/> senses count: WordNet lists senses by how often they were
/// tagged in running text, and the rare ones make false friends ("kill" in its seventh sense is to drink down).
/// Kinds are looked for up to <see cref="MaxKindSteps"/> steps up WordNet's hypernym tree, far enough for an
/// officer to be a person (four or five steps) and not so far that everything is an entity.
/// </remarks>
public sealed class LexicalDatabase
{
    public const int UsualSenses = 3;
    public const int MaxKindSteps = 6;
    /// <summary>Two kinds of one thing are told apart only among a word's two most usual senses.</summary>
    private const int ContrastSenses = 2;

    private static readonly Lazy<LexicalDatabase> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LexicalDatabase Default => Shared.Value;

    private readonly Dictionary<string, List<LexicalEntry>> extraReadings = new(StringComparer.Ordinal);
    private readonly Dictionary<LexicalEntry, List<LexicalEntry>> extraRoots = [];
    private readonly ConcurrentDictionary<string, LexicalEntry[]> readings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<LexicalEntry, EntryConcepts> concepts = new();
    private readonly ConcurrentDictionary<(string, int), LexicalProfile> profiles = new();

    internal LexicalDatabase(WordNetTable table, IEnumerable<LexiconAddition>? additions = null)
    {
        Table = table;
        foreach (var a in additions ?? [])
        {
            if (!table.TryGetLemma(a.Target, out int target) || !table.Has(target, a.TargetPos))
                throw new InvalidDataException($"additions.txt:{a.Line}: '{a.Target}' is not a WordNet {a.TargetPos.ToString().ToLowerInvariant()}");
            var targetEntry = new LexicalEntry(target, a.TargetPos);
            if (a.Kind == LexiconAdditionKind.Derived)
            {
                if (!table.TryGetLemma(a.Word, out int word))
                    throw new InvalidDataException($"additions.txt:{a.Line}: '{a.Word}' is not in WordNet; 'derived' links two words it has");
                if (!table.Has(word, a.Pos))
                    throw new InvalidDataException($"additions.txt:{a.Line}: '{a.Word}' is not a WordNet {a.Pos.ToString().ToLowerInvariant()}");
                AddTo(extraRoots, new LexicalEntry(word, a.Pos), targetEntry);
            }
            else AddTo(extraReadings, a.Word, targetEntry);
        }
    }

    public WordNetTable Table { get; }

    private static readonly PartOfSpeech[] AllPos = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective];

    private static LexicalDatabase Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(WordNetTableFormat.ResourceName)
            ?? throw new InvalidDataException($"resource {WordNetTableFormat.ResourceName} missing from Reader.Claims");
        return new LexicalDatabase(WordNetTable.Read(stream), LexiconAdditions.Embedded());
    }

    /// <summary>Every reading of a word as it stands in text (any case): nouns first, then verbs, then adjectives.</summary>
    public LexicalEntry[] Readings(string word)
    {
        if (readings.TryGetValue(word, out var known)) return known;
        var lower = word.ToLowerInvariant();
        var found = new List<LexicalEntry>(4);
        var lemmas = new List<int>(4);
        foreach (var pos in AllPos)
        {
            lemmas.Clear();
            Morphology.Lemmas(Table, lower, pos, lemmas);
            foreach (var l in lemmas) found.Add(new LexicalEntry(l, pos));
        }
        if (extraReadings.TryGetValue(lower, out var extra))
            foreach (var e in extra) if (!found.Contains(e)) found.Add(e);
        var result = found.ToArray();
        // The vocabulary of any edition is far smaller than this; the bound only keeps hostile input from growing it.
        if (readings.Count < MaxCachedWords) readings.TryAdd(word, result);
        return result;
    }

    private const int MaxCachedWords = 500_000;

    /// <summary>
    /// The profile of a word's readings in the parts of speech <paramref name="posMask"/> allows (bit 1 &lt;&lt; pos; -1 for
    /// all), kept: each vocabulary word is profiled once per process however many claims use it.
    /// </summary>
    public LexicalProfile Profile(string word, int posMask = -1)
    {
        if (string.IsNullOrEmpty(word)) return LexicalProfile.Empty;
        if (profiles.TryGetValue((word, posMask), out var known)) return known;
        var profile = LexicalProfile.Of(Readings(word).Where(e => (posMask & (1 << (int)e.Pos)) != 0), ConceptsOf);
        if (profiles.Count < MaxCachedWords) profiles.TryAdd((word, posMask), profile);
        return profile;
    }

    public static int Mask(PartOfSpeech pos) => 1 << (int)pos;

    public bool Has(string word, PartOfSpeech pos)
    {
        foreach (var e in Readings(word)) if (e.Pos == pos) return true;
        return false;
    }

    /// <summary>The lexicographer file of the entry's most usual sense (lexnames(5WN): 18 noun.person, 23 noun.quantity, 28 noun.time …).</summary>
    public int LexicographerFile(LexicalEntry entry) => ConceptsOf(entry).LexicographerFile;

    /// <summary>Whether any usual sense of the entry is of the given lexicographer file.</summary>
    public bool AnySenseIn(LexicalEntry entry, int lexicographerFile)
    {
        foreach (var c in ConceptsOf(entry).Own) if (Table.LexicographerFile(c) == lexicographerFile) return true;
        return false;
    }

    /// <summary>Whether a usual sense of the entry is, within <see cref="MaxKindSteps"/>, a kind of a usual sense of <paramref name="broader"/>.</summary>
    public bool IsKindOf(LexicalEntry entry, LexicalEntry broader)
    {
        var ancestors = ConceptsOf(entry).Ancestors;
        foreach (var c in ConceptsOf(broader).Own) if (ancestors.ContainsKey(c)) return true;
        return false;
    }

    /// <summary>
    /// Concept ids under which an entry is indexed for finding related words: its roots (so that two entries that
    /// are the same, synonyms or derived share one), and with <paramref name="withParents"/> the direct parents of
    /// its usual senses (so that two kinds of one thing, or a thing and its kind, meet as candidates too).
    /// </summary>
    public IEnumerable<int> KeyConcepts(LexicalEntry entry, bool withParents)
    {
        var c = ConceptsOf(entry);
        foreach (var r in c.Roots) yield return r;
        if (!withParents) yield break;
        foreach (var p in c.Parents) yield return p;
        foreach (var o in c.Own) yield return o;
    }

    /// <summary>The strongest relation between any reading of one and any of the other (see <see cref="Relate(LexicalEntry, LexicalEntry)"/>).</summary>
    public LexicalRelation Relate(ReadOnlySpan<LexicalEntry> a, ReadOnlySpan<LexicalEntry> b)
    {
        var best = LexicalRelation.Unrelated;
        foreach (var x in a)
            foreach (var y in b)
            {
                var r = Relate(x, y);
                if (Stronger(r, best)) best = r;
            }
        return best;
    }

    /// <summary>Positive evidence beats contrast, contrast beats nothing: a word with one sense that matches is the same word.</summary>
    private static bool Stronger(LexicalRelation r, LexicalRelation than) => Rank(r) < Rank(than);

    private static int Rank(LexicalRelation r) => r switch
    {
        LexicalRelation.Same => 0,
        LexicalRelation.Synonym => 1,
        LexicalRelation.Derived => 2,
        LexicalRelation.Kind => 3,
        LexicalRelation.Contrast => 4,
        _ => 5,
    };

    public LexicalRelation Relate(LexicalEntry a, LexicalEntry b)
    {
        if (a.Lemma == b.Lemma) return LexicalRelation.Same;
        var x = ConceptsOf(a);
        var y = ConceptsOf(b);
        if (Array.IndexOf(x.Antonyms, b.Lemma) >= 0 || Array.IndexOf(y.Antonyms, a.Lemma) >= 0) return LexicalRelation.Contrast;
        if (Intersects(x.Own, y.Own)) return LexicalRelation.Synonym;
        if (Intersects(x.Roots, y.Roots)) return LexicalRelation.Derived;
        foreach (var c in y.Own.Concat(y.Roots)) if (x.Ancestors.ContainsKey(c)) return LexicalRelation.Kind;
        foreach (var c in x.Own.Concat(x.Roots)) if (y.Ancestors.ContainsKey(c)) return LexicalRelation.Kind;
        return a.Pos == b.Pos && Intersects(x.Parents, y.Parents) ? LexicalRelation.Contrast : LexicalRelation.Unrelated;
    }

    private EntryConcepts ConceptsOf(LexicalEntry entry) => concepts.GetOrAdd(entry, Build);

    private EntryConcepts Build(LexicalEntry entry)
    {
        var own = Usual(entry);
        var roots = new HashSet<int>(own);
        var antonyms = new HashSet<int>();
        var senses = Table.Senses(entry.Lemma, entry.Pos);
        var (first, count) = senses.GetOffsetAndLength(int.MaxValue);
        for (int s = first; s < first + Math.Min(count, UsualSenses); s++)
            foreach (var link in Table.LinksOf(s))
            {
                if (link.Kind == WordLinkKind.Antonym) antonyms.Add(link.Lemma);
                else roots.UnionWith(Usual(new LexicalEntry(link.Lemma, link.Pos)));
            }
        if (extraRoots.TryGetValue(entry, out var extra))
            foreach (var e in extra) roots.UnionWith(Usual(e));
        var ancestors = new Dictionary<int, int>();
        var parents = new HashSet<int>();
        for (int i = 0; i < own.Length; i++)
        {
            foreach (var link in Table.LinksOfConcept(own[i]))
            {
                if (entry.Pos == PartOfSpeech.Verb && link.Kind is ConceptLinkKind.Cause or ConceptLinkKind.Entailment) roots.Add(link.Concept);
                if (i < ContrastSenses && link.Kind is ConceptLinkKind.Hypernym) parents.Add(link.Concept);
            }
            AddAncestors(own[i], ancestors);
        }
        int file = own.Length > 0 ? Table.LexicographerFile(own[0]) : -1;
        return new EntryConcepts(own, [.. roots], ancestors, [.. parents], [.. antonyms], file);
    }

    private int[] Usual(LexicalEntry entry)
    {
        var (first, count) = Table.Senses(entry.Lemma, entry.Pos).GetOffsetAndLength(int.MaxValue);
        var result = new int[Math.Min(count, UsualSenses)];
        for (int i = 0; i < result.Length; i++) result[i] = Table.ConceptOf(first + i);
        return result;
    }

    /// <summary>Breadth first, so each ancestor keeps its shortest distance.</summary>
    private void AddAncestors(int concept, Dictionary<int, int> into)
    {
        var frontier = new List<int> { concept };
        for (int step = 1; step <= MaxKindSteps && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var c in frontier)
                foreach (var link in Table.LinksOfConcept(c))
                {
                    if (link.Kind is not (ConceptLinkKind.Hypernym or ConceptLinkKind.InstanceHypernym)) continue;
                    if (into.TryGetValue(link.Concept, out int known) && known <= step) continue;
                    into[link.Concept] = step;
                    next.Add(link.Concept);
                }
            frontier = next;
        }
    }

    private static bool Intersects(int[] a, int[] b)
    {
        foreach (var x in a) if (Array.IndexOf(b, x) >= 0) return true;
        return false;
    }

    private static void AddTo<TKey>(Dictionary<TKey, List<LexicalEntry>> map, TKey key, LexicalEntry value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }
}
