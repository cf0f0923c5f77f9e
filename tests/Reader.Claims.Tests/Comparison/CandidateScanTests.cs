using Reader.Claims.Comparison;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// The candidate scan passes over the claim's own article without reading it entry by entry, and reads on from
/// where it stopped to tell whether the cap left something out. Neither may change what it finds: on random posting
/// lists, origins, caps and rejected ids, it must give the candidates, the answer and the spans read (which the
/// incremental comparer relies on) that reading every entry from the origin gives.
/// </summary>
public class CandidateScanTests
{
    [Fact]
    public void Passing_over_the_own_run_finds_and_records_what_reading_it_would()
    {
        var random = new Random(12);
        for (int round = 0; round < 4000; round++)
        {
            int universe = random.Next(1, 120);
            var lists = new List<(long Key, int[] Ids)>();
            for (int l = random.Next(1, 5); l > 0; l--)
            {
                double density = random.NextDouble();
                var ids = Enumerable.Range(0, universe).Where(_ => random.NextDouble() < density).ToArray();
                if (ids.Length > 0) lists.Add((l, ids));
            }
            if (lists.Count == 0) continue;
            int origin = random.Next(universe);
            // The own run holds the origin as a claim's article does, or (a claim without a sentence, read from 0) lies anywhere.
            int from = random.Next(2) == 0 ? Math.Max(0, origin - random.Next(30)) : random.Next(universe);
            int to = Math.Min(universe, Math.Max(from, random.Next(2) == 0 ? origin + 1 + random.Next(30) : from + random.Next(40)));
            var rejected = Enumerable.Range(0, universe).Where(_ => random.Next(6) == 0).ToHashSet();
            bool Accept(int id) => (id < from || id >= to) && !rejected.Contains(id);
            int cap = random.Next(1, 40);

            var expectedSpans = new List<ScanSpan>();
            var expected = ReadingEveryEntry(lists, origin, cap, Accept, expectedSpans);
            var actualSpans = new List<ScanSpan>();
            var actual = CandidateScan.Collect(lists, origin, cap, Accept, actualSpans, (from, to));

            Assert.Equal(expected.Candidates, actual.Candidates);
            Assert.Equal(expected.Truncated, actual.Truncated);
            Assert.Equal(expectedSpans, actualSpans);
        }
    }

    [Fact]
    public void A_claim_among_many_of_its_own_article_reads_the_others_not_its_own()
    {
        // One list: 100,000 ids of the claim's own article, the claim in their middle, and 10 of other articles on each side.
        var ids = Enumerable.Range(0, 10).Concat(Enumerable.Range(1_000, 100_000)).Concat(Enumerable.Range(200_000, 10)).ToArray();
        int asked = 0;
        var (found, truncated) = CandidateScan.Collect([(1L, ids)], 51_000, 5, id => { asked++; return id < 1_000 || id >= 101_000; }, null, (1_000, 101_000));
        Assert.Equal([200_000, 9, 200_001, 8, 200_002], found);
        Assert.True(truncated);
        Assert.True(asked < 20, $"asked about {asked} ids");
    }

    /// <summary>The scan as it was first written: every entry read from the origin, and a fresh read for what was left out.</summary>
    private static (List<int> Candidates, bool Truncated) ReadingEveryEntry(
        IEnumerable<(long Key, int[] Ids)> lists, int origin, int cap, Func<int, bool> accept, List<ScanSpan> spans)
    {
        var seen = new HashSet<int>();
        var found = new List<int>();
        bool full = false, truncated = false;
        foreach (var (key, list) in lists)
        {
            if (full)
            {
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
            spans.Add(new ScanSpan(key, left < 0 ? int.MinValue : list[left + 1], right >= list.Length ? int.MaxValue : list[right - 1]));
            if (full)
            {
                truncated = AnyLeftOut(key, list, origin, seen, accept, spans);
                if (truncated) break;
            }
        }
        return (found, truncated);
    }

    private static bool AnyLeftOut(long key, int[] list, int origin, HashSet<int> seen, Func<int, bool> accept, List<ScanSpan> spans)
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
            spans.Add(new ScanSpan(key, left < 0 ? int.MinValue : list[left + 1], right >= list.Length ? int.MaxValue : list[right - 1]));
            return true;
        }
        spans.Add(new ScanSpan(key, int.MinValue, int.MaxValue));
        return false;
    }
}
