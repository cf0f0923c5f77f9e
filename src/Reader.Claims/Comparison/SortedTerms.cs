namespace Reader.Claims.Comparison;

/// <summary>Set arithmetic on sorted term-id arrays, by merging: no allocation on the hot path.</summary>
internal static class SortedTerms
{
    /// <summary>Summed weight of the terms both arrays hold, and how many there are.</summary>
    public static (long Weight, int Count) Shared(int[] a, int[] b, TermTable table)
    {
        long weight = 0;
        int count = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { weight += table.Weight(a[i]); count++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (weight, count);
    }

    public static bool Intersects(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++; else j++;
        }
        return false;
    }

    public static bool Contains(int[] sorted, int id) => id >= 0 && Array.BinarySearch(sorted, id) >= 0;
}
