using System.Collections.Frozen;

namespace Reader.Claims.Extraction.Lexicons;

/// <summary>A case-insensitive word → value table looked up by span, so matching allocates nothing.</summary>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dict = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in entries) dict[k] = v;
        lookup = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);

    /// <summary>The words, for building one table that answers for several.</summary>
    public IEnumerable<string> Words => lookup.Dictionary.Keys;
}
