namespace Reader.Claims.Extraction.Lexicons;

/// <summary>A case-insensitive set of words looked up by span.</summary>
internal sealed class WordSet
{
    private readonly WordMap<bool> map;

    public WordSet(params string[] words) => map = new WordMap<bool>(words.Select(w => KeyValuePair.Create(w, true)));

    public bool Contains(ReadOnlySpan<char> word) => map.Contains(word);

    public IEnumerable<string> Words => map.Words;
}
