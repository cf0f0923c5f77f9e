namespace Reader.Claims.Comparison;

/// <summary>
/// Collects candidates from posting lists, rarest term first, up to a cap. Each list is read outward from
/// the claim's own position (<see cref="OutwardWalk"/>), so under the cap the candidates are its neighbours in
/// edition order (usually publication order) and the choice never depends on timing.
/// </summary>
internal static class CandidateScan
{
    /// <param name="lists">Posting lists (sorted ids) with their keys, rarest first.</param>
    /// <param name="origin">The id to read outward from.</param>
    /// <param name="accept">Whether an id may be a candidate at all (e.g. not the same article).</param>
    /// <param name="spans">When given, receives what was read of each list (<see cref="IncrementalComparer"/>).</param>
    /// <param name="own">A run of ids <paramref name="accept"/> rejects — the claim's own article's — passed over
    /// without asking; the candidates, the answer and the spans are the same as reading them.</param>
    /// <returns>Candidates in the order found, and whether some acceptable id was left unread.</returns>
    public static (List<int> Candidates, bool Truncated) Collect(
        IEnumerable<(long Key, int[] Ids)> lists, int origin, int cap, Func<int, bool> accept, List<ScanSpan>? spans = null,
        (int From, int To) own = default)
    {
        var seen = new HashSet<int>();
        var found = new List<int>();
        bool full = false, truncated = false;
        foreach (var (key, list) in lists)
        {
            var walk = new OutwardWalk(list, origin, own.From, own.To);
            if (full)
            {
                // Cap reached: only find out whether something acceptable was left out.
                truncated = AnyLeftOut(key, ref walk, seen, accept, spans);
                if (truncated) break;
                continue;
            }
            while (walk.Next(out int id))
            {
                if (!accept(id) || !seen.Add(id)) continue;
                found.Add(id);
                if (found.Count >= cap) { full = true; break; }
            }
            // Everything between the lowest and the highest id read was read; a side read to its end is open.
            spans?.Add(new ScanSpan(key, walk.LowRead, walk.HighRead));
            if (full)
            {
                // Read on from where the scan stopped: all it read is seen or rejected, so a fresh read from the origin
                // would pass over the same entries to reach the same first one left out. Costs about one entry, not the list.
                truncated = AnyLeftOut(key, ref walk, seen, accept, spans);
                if (truncated) break;
            }
        }
        return (found, truncated);
    }

    /// <summary>
    /// Whether the list holds an acceptable id not seen yet, read on outward like the scan itself, so the answer usually
    /// lies next to what was read and the span recorded for it stays narrow.
    /// </summary>
    private static bool AnyLeftOut(long key, ref OutwardWalk walk, HashSet<int> seen, Func<int, bool> accept, List<ScanSpan>? spans)
    {
        while (walk.Next(out int id))
        {
            if (seen.Contains(id) || !accept(id)) continue;
            spans?.Add(new ScanSpan(key, walk.LowRead, walk.HighRead));
            return true;
        }
        spans?.Add(new ScanSpan(key, int.MinValue, int.MaxValue));
        return false;
    }
}
