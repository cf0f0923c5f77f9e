namespace Reader.Verdicts;

/// <summary>Disjoint sets of ids, for joining a subject's claims again from the links the notes show.</summary>
internal sealed class UnionFind<T> where T : notnull
{
    private readonly Dictionary<T, T> parent = [];
    private readonly List<T> items = [];

    /// <summary>Every item, in the order first added.</summary>
    public IReadOnlyList<T> Items => items;

    public bool Contains(T item) => parent.ContainsKey(item);

    public void Add(T item)
    {
        if (parent.TryAdd(item, item)) items.Add(item);
    }

    public void Union(T a, T b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (!EqualityComparer<T>.Default.Equals(ra, rb)) parent[rb] = ra;
    }

    /// <summary>The sets, each in the order its items were added, in the order of their first item.</summary>
    public IEnumerable<List<T>> Groups() => items.GroupBy(Find).Select(g => g.ToList());

    private T Find(T item)
    {
        var root = item;
        while (!EqualityComparer<T>.Default.Equals(parent[root], root)) root = parent[root];
        while (!EqualityComparer<T>.Default.Equals(parent[item], root)) (parent[item], item) = (root, parent[item]);
        return root;
    }
}
