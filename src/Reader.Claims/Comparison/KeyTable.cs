namespace Reader.Claims.Comparison;

/// <summary>Interns <see cref="ComparabilityKey"/> strings to small ids.</summary>
internal sealed class KeyTable
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public string this[int id] => keys[id];

    public int Intern(string key)
    {
        if (!ids.TryGetValue(key, out int id))
        {
            id = keys.Count;
            ids.Add(key, id);
            keys.Add(key);
        }
        return id;
    }
}
