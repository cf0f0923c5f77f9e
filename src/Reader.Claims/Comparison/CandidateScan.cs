namespace Reader.Claims.Comparison;

/// <summary>
/// Collects candidates from posting lists, rarest term first, up to a cap. Each list is read outward from
/// the claim's own position, so under the cap the candidates are its neighbours in edition order (usually
/// publication order) and the choice never depends on timing.
/// </summary>
internal static class CandidateScan
{
    /// <param name="lists">Posting lists (sorted ids) with their keys, rarest first.</param>
    /// <param name="origin">The id to read outward from.</param>
    /// <param name="accept">Whether an id may be a candidate at all (e.g. not the same article).</param>
    /// <param name="spans">When given, receives what was read of each list (<see cref="IncrementalComparer"/>).</param>
    /// <returns>Candidates in the order found, and whether some acceptable id was left unread.</returns>
    public static (List<int> Candidates, bool Truncated) Collect(
        IEnumerable<(long Key, int[] Ids)> lists, int origin, int cap, Func<int, bool> accept, List<ScanSpan>? spans = null)
    {
        var seen = new HashSet<int>();
        var found = new List<int>();
        bool full = false, truncated = false;
        foreach (var (key, list) in lists)
        {
            if (full)
            {
                // Cap reached: only find out whether something acceptable was left out.
                truncated = AnyLeftOut(key, list, origin, seen, accept, spans);
                if (truncated) break;
                continue;
            }
            int right = Array.BinarySearch(list, origin);
            if (right < 0) right = ~right;
            int left = right - 1;
            bool takeRight = true;
            while (left >= 0 || right < list.Length)
            {
                int id = right < list.Length && (takeRight || left < 0) ? list[right++] : list[left--];
                takeRight = !takeRight;
                if (!accept(id) || !seen.Add(id)) continue;
                found.Add(id);
                if (found.Count >= cap) { full = true; break; }
            }
            // Positions left + 1 … right - 1 were read; a side read to its end is open.
            spans?.Add(new ScanSpan(key,
                left < 0 ? int.MinValue : list[left + 1],
                right >= list.Length ? int.MaxValue : list[right - 1]));
            if (full)
            {
                // Stops at the first id left out, so this costs about the cap, not the list.
                truncated = AnyLeftOut(key, list, origin, seen, accept, spans);
                if (truncated) break;
            }
        }
        return (found, truncated);
    }

    /// <summary>
    /// Whether the list holds an acceptable id not seen yet. Read outward from the origin like the scan itself, so the
    /// answer usually lies next to what was read and the span recorded for it stays narrow.
    /// </summary>
    private static bool AnyLeftOut(long key, int[] list, int origin, HashSet<int> seen, Func<int, bool> accept, List<ScanSpan>? spans)
    {
        int right = Array.BinarySearch(list, origin);
        if (right < 0) right = ~right;
        int left = right - 1;
        bool takeRight = true;
        while (left >= 0 || right < list.Length)
        {
            int id = right < list.Length && (takeRight || left < 0) ? list[right++] : list[left--];
            takeRight = !takeRight;
            if (seen.Contains(id) || !accept(id)) continue;
            spans?.Add(new ScanSpan(key, left < 0 ? int.MinValue : list[left + 1], right >= list.Length ? int.MaxValue : list[right - 1]));
            return true;
        }
        spans?.Add(new ScanSpan(key, int.MinValue, int.MaxValue));
        return false;
    }
}
