namespace Reader.Claims.Comparison;

/// <summary>Disjoint sets with path halving and union by size: near-constant time per operation.</summary>
internal sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    public UnionFind(int count)
    {
        parent = new int[count];
        size = new int[count];
        for (int i = 0; i < count; i++) { parent[i] = i; size[i] = 1; }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        // Smaller root index wins ties, so roots do not depend on link order beyond sizes.
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) (ra, rb) = (rb, ra);
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
