namespace Reader.Claims.Comparison;

/// <summary>
/// An <see cref="EditionComparer"/> that remembers the last edition, for the preview: when the next differs from it
/// in a few articles (same articles, same order — an edit), it searches again only what the edit can have
/// changed, and gives exactly what <see cref="EditionComparer"/> gives for the same articles. Not thread-safe.
/// </summary>
/// <remarks>
/// Everything a pair of claims is weighed on comes from their two articles alone (frames, words weighted within
/// their own article, the figures each article gives), never from the rest of the edition. So for a claim of an
/// unedited article whose searches weighed every candidate (none was left out under the cap), the edit can only
/// change what it finds in the edited articles: those entries are weighed again and the rest kept
/// (<see cref="ClaimSearch.Patch"/>). The edited articles' claims, and claims whose searches were cut short by the
/// cap, are searched again in full; an edit that moves a kind group across the size at which all its claims meet
/// starts afresh.
/// </remarks>
public sealed class IncrementalComparer
{
    /// <summary>Beyond this many changed articles (a checkout, a search-and-replace) start afresh. A round number, not a measured break-even.</summary>
    private const int MaxEditsInPlace = 8;

    private readonly CompareOptions options;
    private ArticleAnalysis[] last = [];
    private EditionIndex? index;
    private ClaimFindings[] findings = [];
    private EditionComparison? result;

    public IncrementalComparer(CompareOptions? options = null) => this.options = options ?? new CompareOptions();

    /// <summary>How many claims the last <see cref="Compare"/> searched in full (all of them when it started afresh).</summary>
    public int LastSearched { get; private set; }

    public EditionComparison Compare(IReadOnlyList<ArticleAnalysis> articles)
    {
        var edited = EditedPositions(articles);
        if (index is null || result is null || edited is null || edited.Count > MaxEditsInPlace) return Afresh(articles);
        LastSearched = 0;
        if (edited.Count == 0) return result;
        try
        {
            var next = EditionIndex.Build(articles);
            if (GroupCrossedCap(index, next)) return Afresh(articles);
            var edit = new Edit(index, next, edited.ToHashSet(), new ClaimSearch(index, options, keepTraces: true), new ClaimSearch(next, options, keepTraces: true));
            var nextFindings = new ClaimFindings[next.Claims.Length];
            int searched = 0;
            Parallel.For(0, articles.Count, a =>
            {
                for (int local = 0; local < next.FirstClaim[a + 1] - next.FirstClaim[a]; local++)
                {
                    int id = next.FirstClaim[a] + local;
                    var carried = edit.Edited.Contains(a) ? null : Carry(edit, findings[edit.Before.FirstClaim[a] + local], id, edit.Before.FirstClaim[a] + local);
                    if (carried is null) Interlocked.Increment(ref searched);
                    nextFindings[id] = carried ?? edit.AfterSearch.Find(id);
                }
            });
            (index, findings, last, LastSearched) = (next, nextFindings, [.. articles], searched);
            return result = EditionSummary.Of(next, nextFindings, options);
        }
        catch
        {
            // A half-applied edit must not be built on: start afresh next time.
            index = null;
            throw;
        }
    }

    /// <summary>One edit being applied: the indexes and searches before and after it, and the edited article positions.</summary>
    private sealed record Edit(EditionIndex Before, EditionIndex After, HashSet<int> Edited, ClaimSearch BeforeSearch, ClaimSearch AfterSearch);

    /// <summary>
    /// A claim of an unedited article carried over the edit, or null when it must be searched again. Each half (matches,
    /// mentions) is kept when its scan was cut short but read nothing of the edited articles in lists the edit left
    /// the same length, and patched when its scan weighed every candidate.
    /// </summary>
    private static ClaimFindings? Carry(Edit edit, ClaimFindings old, int id, int oldId)
    {
        var (before, after) = (edit.Before, edit.After);
        var coveredBefore = old.Matches.Select(m => before.ClaimArticle[m.Other]).Where(edit.Edited.Contains).ToHashSet();
        var moved = Moved(old, edit);

        List<ClaimMatch> matches;
        int matchCandidates = old.MatchCandidates;
        if (old.MatchesTruncated)
        {
            string group = before.Claims[oldId].Group;
            var lists = edit.BeforeSearch.MatchLists(oldId).ToDictionary(k => k, k => (before.ClaimsWith(group, k), after.ClaimsWith(group, k)));
            if (!Untouched(edit, lists, old.MatchSpans, claims: true)) return null;
            matches = moved.Matches;
        }
        else if (edit.AfterSearch.PatchMatches(id, moved.Matches, old.MatchCandidates, edit.Edited, edit.BeforeSearch, oldId) is { } patched)
            (matches, matchCandidates) = patched;
        else return null;

        var covered = new HashSet<int>(matches.Select(m => after.ClaimArticle[m.Other]));
        List<ClaimMatch> mentions;
        int mentionCandidates = old.MentionCandidates;
        if (old.MentionsTruncated)
        {
            // An edited article's coverage may have changed: its sentences must not have been within reach either way.
            var lists = MentionFinder.Anchors(after.Claims[id]).ToDictionary(k => (long)k, k => (before.SentencesWith(k), after.SentencesWith(k)));
            if (!Untouched(edit, lists, old.MentionSpans, claims: false)) return null;
            mentions = moved.Mentions;
        }
        else if (edit.AfterSearch.PatchMentions(id, moved.Mentions, old.MentionCandidates, edit.Edited, covered, coveredBefore, edit.BeforeSearch) is { } patched)
            (mentions, mentionCandidates) = patched;
        else return null;

        return new ClaimFindings(matches, old.MatchesTruncated, mentions, old.MentionsTruncated, matchCandidates, mentionCandidates,
            Shifted(old.MatchSpans, edit, claims: true), Shifted(old.MentionSpans, edit, claims: false));
    }

    /// <summary>
    /// Whether a cut-short scan reads the same after the edit: its lists keep their order (rarest first), and no part
    /// it read of a list holding the edited articles' entries (before or after) reaches their ids. A list without
    /// them reads the same ids in the same order, only renumbered.
    /// </summary>
    private static bool Untouched(Edit edit, Dictionary<long, (int[] Before, int[] After)> lists, List<ScanSpan>? spans, bool claims)
    {
        if (spans is null) return false;
        var orderBefore = lists.OrderBy(l => l.Value.Before.Length).ThenBy(l => l.Key).Select(l => l.Key);
        var orderAfter = lists.Where(l => l.Value.After.Length > 0 || l.Value.Before.Length > 0)
            .OrderBy(l => l.Value.After.Length).ThenBy(l => l.Key).Select(l => l.Key);
        if (!orderBefore.SequenceEqual(orderAfter) || lists.Values.Any(l => (l.Before.Length == 0) != (l.After.Length == 0))) return false;
        foreach (var x in edit.Edited)
        {
            var (beforeStart, beforeEnd) = Run(edit.Before, x, claims);
            var (afterStart, afterEnd) = Run(edit.After, x, claims);
            foreach (var span in spans)
            {
                if (!lists.TryGetValue(span.List, out var list)) return false;
                bool holds = CountIn(list.Before, beforeStart, beforeEnd) > 0 || CountIn(list.After, afterStart, afterEnd) > 0;
                if (holds && span.Covers(beforeStart, beforeEnd)) return false;
            }
        }
        return true;
    }

    private static (int Start, int End) Run(EditionIndex index, int article, bool claims) =>
        claims ? (index.FirstClaim[article], index.FirstClaim[article + 1]) : (index.FirstSentence[article], index.FirstSentence[article + 1]);

    private static int CountIn(int[] sorted, int start, int end) => LowerBound(sorted, end) - LowerBound(sorted, start);

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>An id of an unedited article in the new numbering: it moves with its article.</summary>
    private static int MoveId(Edit edit, int id, bool claims)
    {
        int article = claims ? edit.Before.ClaimArticle[id] : edit.Before.SentenceArticle[id];
        return Run(edit.After, article, claims).Start + id - Run(edit.Before, article, claims).Start;
    }

    /// <summary>Spans in the new ids; open ends stay open.</summary>
    private static List<ScanSpan>? Shifted(List<ScanSpan>? spans, Edit edit, bool claims) =>
        spans?.Select(s => s with
        {
            Low = s.Low is int.MinValue ? s.Low : MoveId(edit, s.Low, claims),
            High = s.High is int.MaxValue ? s.High : MoveId(edit, s.High, claims),
        }).ToList();

    /// <summary>The old findings in the new ids, without what they found in edited articles (weighed again by a patch).</summary>
    private static ClaimFindings Moved(ClaimFindings old, Edit edit) => old with
    {
        Matches = old.Matches.Where(m => !edit.Edited.Contains(edit.Before.ClaimArticle[m.Other]))
            .Select(m => m with { Other = MoveId(edit, m.Other, claims: true) }).ToList(),
        Mentions = old.Mentions.Where(m => !edit.Edited.Contains(edit.Before.SentenceArticle[m.Other]))
            .Select(m => m with { Other = MoveId(edit, m.Other, claims: false) }).ToList(),
    };

    private EditionComparison Afresh(IReadOnlyList<ArticleAnalysis> articles)
    {
        index = EditionIndex.Build(articles);
        findings = new ClaimFindings[index.Claims.Length];
        new ClaimSearch(index, options, keepTraces: true).Run(findings);
        last = [.. articles];
        LastSearched = findings.Length;
        return result = EditionSummary.Of(index, findings, options);
    }

    /// <summary>Whether some kind group's size crossed the cap, which changes whether its claims all meet (<see cref="ClaimSearch.UsesKey"/>).</summary>
    private bool GroupCrossedCap(EditionIndex before, EditionIndex after)
    {
        var groups = before.Claims.Select(c => c.Group).Concat(after.Claims.Select(c => c.Group)).Distinct();
        foreach (var g in groups)
        {
            bool was = before.ClaimsWith(g, PreparedArticle.AnyKey).Length <= options.MaxCandidatesPerClaim;
            bool now = after.ClaimsWith(g, PreparedArticle.AnyKey).Length <= options.MaxCandidatesPerClaim;
            if (was != now) return true;
        }
        return false;
    }

    /// <summary>Positions whose analysis changed, or null when articles were added, removed or reordered.</summary>
    private List<int>? EditedPositions(IReadOnlyList<ArticleAnalysis> articles)
    {
        if (articles.Count != last.Length) return null;
        var edited = new List<int>();
        for (int i = 0; i < articles.Count; i++)
        {
            if (ReferenceEquals(articles[i], last[i])) continue;
            if (articles[i].Input.ArticleId != last[i].Input.ArticleId) return null;
            edited.Add(i);
        }
        return edited;
    }
}
