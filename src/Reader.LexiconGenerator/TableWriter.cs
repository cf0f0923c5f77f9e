using System.IO.Compression;
using System.Text;
using Reader.Claims.Lexicon;

namespace Reader.LexiconGenerator;

/// <summary>
/// Chooses what the table keeps and writes it in <see cref="WordNetTableFormat"/>. Kept: nouns, verbs and
/// adjectives of up to <see cref="MaxWordsInLemma"/> words, each with its <see cref="MaxSenses"/> most frequent
/// senses; the concepts those senses name with every broader concept above them (and what verbs cause or
/// entail); derivations, antonyms, participles and pertainyms of the kept senses; irregular inflections.
/// </summary>
internal static class TableWriter
{
    /// <summary>
    /// Rare senses make false synonyms ("kill" in its seventh sense means to drink down); a report's words are
    /// nearly always meant in one of their first few senses (WordNet lists them by tagged frequency).
    /// </summary>
    public const int MaxSenses = 5;

    /// <summary>Longer collocations ("chief of staff of the army") are never read from running text.</summary>
    public const int MaxWordsInLemma = 3;

    private static readonly Dictionary<string, ConceptLinkKind> ConceptLinks = new()
    {
        ["@"] = ConceptLinkKind.Hypernym,
        ["@i"] = ConceptLinkKind.InstanceHypernym,
        [">"] = ConceptLinkKind.Cause,
        ["*"] = ConceptLinkKind.Entailment,
    };

    private static readonly Dictionary<string, WordLinkKind> WordLinks = new()
    {
        ["+"] = WordLinkKind.Derivation,
        ["!"] = WordLinkKind.Antonym,
        ["<"] = WordLinkKind.Participle,
        ["\\"] = WordLinkKind.Pertainym,
    };


    public static TableSummary Write(WordNetFiles wn, Stream output)
    {
        var entries = wn.Entries.Where(e => WordCount(e.Lemma) <= MaxWordsInLemma).ToList();
        var senses = entries.ToDictionary(e => (e.Lemma, e.Pos), e => e.SynsetKeys.Take(MaxSenses).ToList());

        // Concepts: every kept sense, and everything reachable from them by the kept concept links.
        var concepts = new HashSet<long>();
        var pending = new Stack<long>(senses.Values.SelectMany(s => s));
        while (pending.Count > 0)
        {
            long key = pending.Pop();
            if (!concepts.Add(key)) continue;
            foreach (var p in wn.Synsets[key].Pointers)
                if (ConceptLinks.ContainsKey(p.Symbol) && wn.Synsets.ContainsKey(p.TargetKey)) pending.Push(p.TargetKey);
        }

        // Word links of each kept sense, resolved to (lemma, part of speech).
        var links = new Dictionary<(string, PartOfSpeech, long), List<(WordLinkKind, string, PartOfSpeech)>>();
        foreach (var ((lemma, pos), keys) in senses)
            foreach (var key in keys)
            {
                var synset = wn.Synsets[key];
                int wordNumber = IndexOf(synset.Words, lemma) + 1;
                if (wordNumber == 0) continue;
                foreach (var p in synset.Pointers)
                {
                    if (p.SourceWord != wordNumber || !WordLinks.TryGetValue(p.Symbol, out var kind)) continue;
                    if (!wn.Synsets.TryGetValue(p.TargetKey, out var target) || p.TargetWord < 1 || p.TargetWord > target.Words.Count) continue;
                    var targetLemma = target.Words[p.TargetWord - 1];
                    if (!senses.ContainsKey((targetLemma, target.Pos))) continue;
                    if (!links.TryGetValue((lemma, pos, key), out var list)) links[(lemma, pos, key)] = list = [];
                    if (!list.Contains((kind, targetLemma, target.Pos))) list.Add((kind, targetLemma, target.Pos));
                }
            }

        var exceptions = wn.Exceptions
            .Where(x => senses.ContainsKey((x.Lemma, x.Pos)) && x.Form != x.Lemma)
            .Distinct()
            .OrderBy(x => x.Form, StringComparer.Ordinal).ThenBy(x => x.Pos).ThenBy(x => x.Lemma, StringComparer.Ordinal)
            .ToList();

        var lemmaList = senses.Keys.Select(k => k.Lemma).Distinct().Order(StringComparer.Ordinal).ToList();
        var lemmaId = lemmaList.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var conceptList = concepts.Order().ToList();
        var conceptId = conceptList.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);

        using var raw = new MemoryStream();
        using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(WordNetTableFormat.Magic);
            w.Write(WordNetTableFormat.Version);
            w.Write7BitEncodedInt(lemmaList.Count);
            foreach (var l in lemmaList) w.Write(l);
            w.Write7BitEncodedInt(conceptList.Count);
            foreach (var key in conceptList)
            {
                var s = wn.Synsets[key];
                w.Write((byte)s.Pos);
                w.Write((byte)s.LexicographerFile);
                var kept = s.Pointers
                    .Where(p => ConceptLinks.ContainsKey(p.Symbol) && conceptId.ContainsKey(p.TargetKey))
                    .Select(p => (Kind: ConceptLinks[p.Symbol], Target: conceptId[p.TargetKey]))
                    .Distinct().OrderBy(p => p.Kind).ThenBy(p => p.Target).ToList();
                w.Write7BitEncodedInt(kept.Count);
                foreach (var (kind, target) in kept) { w.Write((byte)kind); w.Write7BitEncodedInt(target); }
            }
            var lists = senses.OrderBy(s => lemmaId[s.Key.Lemma]).ThenBy(s => s.Key.Pos).ToList();
            w.Write7BitEncodedInt(lists.Count);
            int senseCount = 0, linkCount = 0;
            foreach (var ((lemma, pos), keys) in lists)
            {
                w.Write7BitEncodedInt(lemmaId[lemma]);
                w.Write((byte)pos);
                w.Write7BitEncodedInt(keys.Count);
                foreach (var key in keys)
                {
                    senseCount++;
                    w.Write7BitEncodedInt(conceptId[key]);
                    var wordLinks = links.GetValueOrDefault((lemma, pos, key)) ?? [];
                    w.Write7BitEncodedInt(wordLinks.Count);
                    foreach (var (kind, target, targetPos) in wordLinks)
                    {
                        linkCount++;
                        w.Write((byte)kind);
                        w.Write7BitEncodedInt(lemmaId[target]);
                        w.Write((byte)targetPos);
                    }
                }
            }
            w.Write7BitEncodedInt(exceptions.Count);
            foreach (var (form, pos, lemma) in exceptions)
            {
                w.Write(form);
                w.Write((byte)pos);
                w.Write7BitEncodedInt(lemmaId[lemma]);
            }
            w.Flush();
            raw.Position = 0;
            long before = output.CanSeek ? output.Position : 0;
            using (var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) raw.CopyTo(gz);
            long bytes = output.CanSeek ? output.Position - before : -1;
            return new TableSummary(lemmaList.Count, conceptList.Count, lists.Count, senseCount, linkCount, exceptions.Count, bytes);
        }
    }

    private static int WordCount(string lemma) => lemma.Count(c => c == ' ') + 1;

    private static int IndexOf(IReadOnlyList<string> words, string lemma)
    {
        for (int i = 0; i < words.Count; i++) if (words[i] == lemma) return i;
        return -1;
    }
}
