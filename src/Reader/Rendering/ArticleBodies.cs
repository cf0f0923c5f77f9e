namespace Reader.Rendering;

/// <summary>
/// Article bodies by reading-order index, filled by the article pages as they render (in parallel, each
/// index written once) and read by the feed after them.
/// </summary>
public sealed class ArticleBodies(int count)
{
    private readonly string?[] bodies = new string?[count];

    public void Set(int index, string body) => Volatile.Write(ref bodies[index], body);

    public string? Get(int index) => index < bodies.Length ? Volatile.Read(ref bodies[index]) : null;
}
