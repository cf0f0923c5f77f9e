namespace Reader.Rendering;

/// <summary>
/// The bodies of the articles the feed carries, by reading-order index: filled by the article pages as they
/// render (in parallel, each index written once) and read by the feed after them. Other bodies are not kept.
/// </summary>
public sealed class ArticleBodies(int count, IEnumerable<int> wanted)
{
    private readonly string?[] bodies = new string?[count];
    private readonly HashSet<int> wanted = [.. wanted];

    public void Set(int index, string body)
    {
        if (wanted.Contains(index)) Volatile.Write(ref bodies[index], body);
    }

    public string? Get(int index) => index < bodies.Length ? Volatile.Read(ref bodies[index]) : null;
}
