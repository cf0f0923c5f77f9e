using System.Collections.Concurrent;

namespace Reader.Claims.Text;

/// <summary>
/// One string per distinct term, shared by every list that holds it. Analyses are kept per article for the
/// whole build (and between preview edits); without sharing, 10,000 articles hold the same few thousand
/// words millions of times over.
/// </summary>
internal static class TermPool
{
    private static readonly ConcurrentDictionary<string, string> Terms = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Share(IReadOnlyList<string> terms)
    {
        if (terms.Count == 0) return [];
        var shared = new string[terms.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = Terms.GetOrAdd(terms[i], terms[i]);
        return shared;
    }
}
