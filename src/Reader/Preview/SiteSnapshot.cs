using System.Collections.Frozen;

namespace Reader.Preview;

/// <summary>One successful build, as the preview serves it: site paths ("articles/x/index.html") to bytes. Never changed once made.</summary>
public sealed class SiteSnapshot(IReadOnlyDictionary<string, byte[]> files)
{
    private readonly FrozenDictionary<string, byte[]> files = files.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => files;

    public byte[]? Find(string path) => files.GetValueOrDefault(path);

    public bool Contains(string path) => files.ContainsKey(path);
}
