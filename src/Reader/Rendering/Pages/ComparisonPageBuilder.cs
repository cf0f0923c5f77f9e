using System.Globalization;
using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// The comparison view: subjects × articles. Each cell is the figure as that article gives it, or
/// "mentioned", or empty, and links to the sentence; disagreement is marked with words and glyphs.
/// Large editions get one row per subject listing its reports, and subjects split across pages.
/// </summary>
public sealed class ComparisonPageBuilder(PageContext context)
{
    public const int MaxColumns = 12;
    public const int SubjectsPerPage = 100;
    private const int MaxCellsPerRowInList = 24;

    /// <summary>The comparison page that holds subject <paramref name="number"/> (numbered from 1).</summary>
    public static int PageOfSubject(int number) => (number - 1) / SubjectsPerPage + 1;

    public static Paging Paging(int subjects) => new(subjects, SubjectsPerPage);

    public IEnumerable<SiteFile> Build()
    {
        var edition = context.Edition;
        var subjects = edition.Comparison.Subjects;
        bool asTable = edition.Articles.Count <= MaxColumns;
        var columns = asTable
            ? edition.Articles.Select((a, i) => new ColumnView(a.Meta.Title, $"{i + 1}", context.Urls.Article(a), a.Meta.Published is { } d ? DateFormat.Short(d) : null)).ToList()
            : [];
        var paging = Paging(subjects.Count);
        int disagreements = subjects.Count(s => s.HasDisagreement);
        for (int page = 1; page <= paging.Pages; page++)
        {
            int first = paging.First(page);
            var rows = paging.Slice(subjects, page).Select((s, i) => Row(s, first + i + 1, asTable)).ToList();
            var view = new ComparisonPageView(asTable, columns, rows, subjects.Count, disagreements,
                paging.Previous(page, "Previous subjects", context.Urls.ClaimsPage),
                paging.Next(page, "More subjects", context.Urls.ClaimsPage),
                paging.Label(page),
                Counts(subjects.Count, disagreements),
                asTable && page == 1 ? SoleFigures(subjects) : []);
            var path = page == 1 ? "claims/index.html" : $"claims/page/{page}/index.html";
            var title = page == 1 ? "Comparisons" : $"Comparisons, page {page}";
            yield return SiteFile.Text(path, context.Page("claims", title, "claims", null, view));
        }
    }

    private static string Counts(int subjects, int disagreements) =>
        $"{subjects} {(subjects == 1 ? "subject" : "subjects")} reported by more than one article · " +
        $"{disagreements} with figures that differ.";

    /// <summary>Every claim no subject row holds, in article order.</summary>
    private List<SoleFigureView> SoleFigures(IReadOnlyList<SubjectGroup> subjects)
    {
        var grouped = subjects.SelectMany(s => s.ClaimIds).ToHashSet(StringComparer.Ordinal);
        return context.Edition.Articles
            .SelectMany(a => context.Edition.ClaimsOf(a).Where(c => !grouped.Contains(c.ClaimId)).Select(c => new SoleFigureView(
                c.Claim.Text, c.Claim.Normalised, c.Claim.Kind.ToString().ToLowerInvariant(), c.Claim.Subject.Label,
                context.Urls.Article(a) + "#" + c.Anchor, a.Meta.Title)))
            .ToList();
    }

    private SubjectRowView Row(SubjectGroup subject, int number, bool asTable)
    {
        var edition = context.Edition;
        var claims = subject.ClaimIds.Select(edition.FindClaim).Where(c => c is not null).Select(c => c!.Value).ToList();
        int mostAgreeing = claims.Count == 0 ? 0 : claims.Max(c => edition.Comparison.For(c.Claim.ClaimId).AgreeCount);
        int outliers = claims.Count(c => IsOutlier(edition.Comparison.For(c.Claim.ClaimId), mostAgreeing));
        string verdict = subject.HasDisagreement
            ? $"≠ Reports differ: {claims.Count - outliers} of {claims.Count} figures agree, {outliers} {(outliers == 1 ? "stands" : "stand")} apart"
            : $"✓ {claims.Count} figures agree";
        if (subject.Mentions.Count > 0) verdict += $" · ○ mentioned without a figure in {subject.Mentions.Select(m => m.ArticleId).Distinct().Count()}";

        var cells = asTable ? TableCells(subject, claims, mostAgreeing) : ListCells(subject, claims, mostAgreeing);
        var timeline = context.Figures.TimelineOfSubject(number) is { } t ? new Figures.TimelineChart(context).View(t) : null;
        return new SubjectRowView("subject-" + number.ToString(CultureInfo.InvariantCulture), subject.Label,
            subject.Kind.ToString().ToLowerInvariant(), subject.HasDisagreement, verdict, cells, timeline);
    }

    private List<CellView> TableCells(SubjectGroup subject, List<(Parsing.Article Article, Markdown.Claims.AnnotatedClaim Claim)> claims, int mostAgreeing)
    {
        var cells = new List<CellView>();
        foreach (var article in context.Edition.Articles)
        {
            var own = claims.Where(c => c.Article == article).ToList();
            if (own.Count > 0) { cells.Add(FigureCell(own[0].Article, own[0].Claim, string.Join("; ", own.Select(c => c.Claim.Claim.Text)), mostAgreeing)); continue; }
            var mention = subject.Mentions.FirstOrDefault(m => m.ArticleId == article.Id);
            cells.Add(mention is null
                ? new CellView("empty", null, null, null, null, article.Meta.Title)
                : new CellView("mentioned", "mentioned", context.Urls.Sentence(article, mention.SentenceId), "○", "mentioned without a figure", article.Meta.Title));
        }
        return cells;
    }

    private List<CellView> ListCells(SubjectGroup subject, List<(Parsing.Article Article, Markdown.Claims.AnnotatedClaim Claim)> claims, int mostAgreeing)
    {
        var cells = claims.Take(MaxCellsPerRowInList).Select(c => FigureCell(c.Article, c.Claim, c.Claim.Claim.Text, mostAgreeing)).ToList();
        foreach (var m in subject.Mentions.Take(Math.Max(0, MaxCellsPerRowInList - cells.Count)))
            if (context.Edition.Find(m.ArticleId) is { } a)
                cells.Add(new CellView("mentioned", "mentioned", context.Urls.Sentence(a, m.SentenceId), "○", "mentioned without a figure", a.Meta.Title));
        return cells;
    }

    /// <summary>
    /// A figure's cell. Its glyph says where it stands in the row: ✓ when it agrees with every report it meets,
    /// or with as many as the best-supported figure does; ≠ when it is the odd one out.
    /// </summary>
    private CellView FigureCell(Parsing.Article article, Markdown.Claims.AnnotatedClaim claim, string text, int mostAgreeing)
    {
        var c = context.Edition.Comparison.For(claim.ClaimId);
        bool outlier = IsOutlier(c, mostAgreeing);
        string? glyph = c.DifferCount + c.AgreeCount == 0 ? null : outlier ? "≠" : "✓";
        string? label = glyph is null ? null : Standing(c.AgreeCount, c.DifferCount);
        return new CellView("figure", text, context.Urls.Article(article) + "#" + claim.Anchor, glyph, label, article.Meta.Title);
    }

    /// <summary>A figure that differs from another and agrees with fewer reports than the best-supported one.</summary>
    private static bool IsOutlier(ClaimComparison c, int mostAgreeing) =>
        c.DifferCount > 0 && (c.AgreeCount == 0 || c.AgreeCount < mostAgreeing);

    /// <summary>"agrees with 2 reports, differs from 1".</summary>
    private static string Standing(int agree, int differ)
    {
        var parts = new List<string>();
        if (agree > 0) parts.Add($"agrees with {agree} {(agree == 1 ? "report" : "reports")}");
        if (differ > 0) parts.Add($"differs from {differ}");
        return string.Join(", ", parts);
    }
}
