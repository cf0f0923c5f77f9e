using System.Collections.Concurrent;

namespace Reader.Claims.Text;

/// <summary>
/// One string per distinct term, shared by every list that holds it. Analyses are kept per article for the
/// whole build (and between preview edits); without sharing, 10,000 articles hold the same few thousand
/// words millions of times over. A pool lives as long as its owner keeps it — one per build or per batch of
/// articles analysed together — never for the process: the preview would otherwise keep every word any
/// edit ever held. Safe to share between threads.
/// </summary>
public sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> terms = new(StringComparer.Ordinal);

    public string Share(string word) => terms.GetOrAdd(word, word);

    public IReadOnlyList<string> Share(IReadOnlyList<string> list)
    {
        if (list.Count == 0) return [];
        var shared = new string[list.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = terms.GetOrAdd(list[i], list[i]);
        return shared;
    }
}
