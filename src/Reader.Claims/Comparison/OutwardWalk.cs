namespace Reader.Claims.Comparison;

/// <summary>
/// The order a posting list is read in by <see cref="CandidateScan"/>: outward from an origin, one entry to the right,
/// then one to the left, and on along one side when the other runs out. Entries of one run of ids the caller rejects
/// anyway — the claim's own article, whose ids are contiguous and lie around the origin — are passed over without
/// being handed out, and where they lie on both sides at once, or on the only side left, in one step rather than one
/// by one, so a claim among many of its own article does not pay for each of them. The walk's state afterwards is
/// exactly what reading every entry would have left, so what it records of the list (<see cref="ScanSpan"/>) is too.
/// </summary>
internal struct OutwardWalk
{
    private readonly int[] list;
    private readonly int skipLow;
    private readonly int skipHigh;
    private int left;
    private int right;
    private bool takeRight;

    /// <param name="list">Sorted ids.</param>
    /// <param name="origin">The id to read outward from.</param>
    /// <param name="skipFrom">First id of the run passed over (inclusive).</param>
    /// <param name="skipTo">End of that run (exclusive); an empty run passes over nothing.</param>
    public OutwardWalk(int[] list, int origin, int skipFrom, int skipTo)
    {
        this.list = list;
        right = LowerBound(list, origin);
        left = right - 1;
        takeRight = true;
        skipLow = skipTo > skipFrom ? LowerBound(list, skipFrom) : 0;
        skipHigh = skipTo > skipFrom ? LowerBound(list, skipTo) : 0;
    }

    /// <summary>The lowest id read so far, or <see cref="int.MinValue"/> once the left side is read to its start.</summary>
    public readonly int LowRead => left < 0 ? int.MinValue : list[left + 1];

    /// <summary>The highest id read so far, or <see cref="int.MaxValue"/> once the right side is read to its end.</summary>
    public readonly int HighRead => right >= list.Length ? int.MaxValue : list[right - 1];

    /// <summary>The next entry outside the passed-over run, in reading order; false when the list is read.</summary>
    public bool Next(out int id)
    {
        while (left >= 0 || right < list.Length)
        {
            bool rightIn = right < list.Length && right >= skipLow && right < skipHigh;
            bool leftIn = left >= 0 && left >= skipLow && left < skipHigh;
            if (rightIn && leftIn)
            {
                // Both sides inside the run: reads alternate, so k entries go from each and the turn is unchanged.
                int k = Math.Min(skipHigh - right, left - skipLow + 1);
                right += k;
                left -= k;
                continue;
            }
            if (rightIn && left < 0) { Advance(ref right, skipHigh - right); continue; }
            if (leftIn && right >= list.Length) { Advance(ref left, -(left - skipLow + 1)); continue; }
            int position = right < list.Length && (takeRight || left < 0) ? right++ : left--;
            takeRight = !takeRight;
            // A run entry read in turn with the other side's: passed over, its turn taken.
            if (position >= skipLow && position < skipHigh) continue;
            id = list[position];
            return true;
        }
        id = 0;
        return false;
    }

    /// <summary>Reads |<paramref name="by"/>| entries from one side (the other being read out): the turn flips once per read.</summary>
    private void Advance(ref int side, int by)
    {
        side += by;
        if ((by & 1) != 0) takeRight = !takeRight;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
