namespace Reader.Claims.Comparison;

/// <summary>
/// An <see cref="EditionComparer"/> that remembers the last edition: when the next differs from it in a few
/// articles (same articles, same order — a preview edit), it replaces those in the index and searches again
/// only the claims the edit can have changed (<see cref="AffectedClaims"/>); subjects none of whose claims
/// changed are taken over. Anything else is compared afresh. The result is always what
/// <see cref="EditionComparer"/> gives for the same articles. Not thread-safe.
/// </summary>
public sealed class IncrementalComparer
{
    /// <summary>Beyond this many changed articles (a checkout, a search-and-replace) start afresh: each edit in place
    /// passes over every claim's traces. A round number, not a measured break-even.</summary>
    private const int MaxEditsInPlace = 8;

    private readonly CompareOptions options;
    private EditionIndex? index;
    private ClaimFindings[] findings = [];
    private SubjectCluster[] clusters = [];
    private ArticleAnalysis[] last = [];
    private EditionComparison? result;

    public IncrementalComparer(CompareOptions? options = null) => this.options = options ?? new CompareOptions();

    /// <summary>How many claims the last <see cref="Compare"/> searched (all of them when it started afresh).</summary>
    public int LastSearched { get; private set; }

    public EditionComparison Compare(IReadOnlyList<ArticleAnalysis> articles)
    {
        var edited = EditedPositions(articles);
        if (index is null || result is null || edited is null || edited.Count > MaxEditsInPlace)
            return Afresh(articles);
        LastSearched = 0;
        if (edited.Count == 0) return result;
        try
        {
            var before = findings;
            bool idsStayed = true;
            foreach (var article in edited)
            {
                var change = IndexEdit.Replace(index, article, articles[article]);
                var (next, work) = AffectedClaims.Plan(index, findings, change);
                new ClaimSearch(index, options, keepTraces: true).Run(next, work, change);
                LastSearched += work.Count(w => w == SearchWork.Search);
                findings = next;
                idsStayed &= change.ClaimShift == 0 && change.SentenceShift == 0;
            }
            last = [.. articles];
            return Summarise(idsStayed ? (before, clusters) : null);
        }
        catch
        {
            // A half-applied edit must not be built on: start afresh next time.
            index = null;
            throw;
        }
    }

    private EditionComparison Afresh(IReadOnlyList<ArticleAnalysis> articles)
    {
        index = EditionIndex.Build(articles);
        findings = new ClaimFindings[index.Claims.Length];
        new ClaimSearch(index, options, keepTraces: true).Run(findings);
        LastSearched = findings.Length;
        last = [.. articles];
        return Summarise(null);
    }

    private EditionComparison Summarise((ClaimFindings[], SubjectCluster[])? previous)
    {
        (result, clusters) = EditionSummary.Of(index!, findings, options, previous);
        return result;
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
