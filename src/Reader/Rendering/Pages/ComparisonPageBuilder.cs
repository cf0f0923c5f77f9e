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

    public IEnumerable<SiteFile> Build()
    {
        var edition = context.Edition;
        var subjects = edition.Comparison.Subjects;
        bool asTable = edition.Articles.Count <= MaxColumns;
        var columns = asTable
            ? edition.Articles.Select((a, i) => new ColumnView(a.Meta.Title, $"{i + 1}", context.Urls.Article(a), a.Meta.Published is { } d ? DateFormat.Short(d) : null)).ToList()
            : [];
        int pages = Math.Max(1, (subjects.Count + SubjectsPerPage - 1) / SubjectsPerPage);
        int disagreements = subjects.Count(s => s.HasDisagreement);
        for (int page = 1; page <= pages; page++)
        {
            var rows = subjects.Skip((page - 1) * SubjectsPerPage).Take(SubjectsPerPage)
                .Select((s, i) => Row(s, (page - 1) * SubjectsPerPage + i + 1, asTable)).ToList();
            var view = new ComparisonPageView(asTable, columns, rows, subjects.Count, disagreements,
                page > 1 ? new LinkView("Previous subjects", context.Urls.ClaimsPage(page - 1)) : null,
                page < pages ? new LinkView("More subjects", context.Urls.ClaimsPage(page + 1)) : null,
                pages > 1 ? $"Page {page} of {pages}" : "");
            var path = page == 1 ? "claims/index.html" : $"claims/page/{page}/index.html";
            var title = page == 1 ? "Comparisons" : $"Comparisons, page {page}";
            yield return SiteFile.Text(path, context.Page("claims", title, "claims", null, view));
        }
    }

    private SubjectRowView Row(SubjectGroup subject, int number, bool asTable)
    {
        var edition = context.Edition;
        var claims = subject.ClaimIds.Select(edition.FindClaim).Where(c => c is not null).Select(c => c!.Value).ToList();
        int differ = claims.Count(c => edition.Comparison.For(c.Claim.ClaimId).DifferCount > 0);
        string verdict = subject.HasDisagreement
            ? $"≠ Reports differ ({differ} of {claims.Count} figures conflict with another)"
            : $"✓ {claims.Count} figures agree";
        if (subject.Mentions.Count > 0) verdict += $" · ○ mentioned without a figure in {subject.Mentions.Select(m => m.ArticleId).Distinct().Count()}";

        var cells = asTable ? TableCells(subject, claims) : ListCells(subject, claims);
        return new SubjectRowView("subject-" + number.ToString(CultureInfo.InvariantCulture), subject.Label,
            subject.Kind.ToString().ToLowerInvariant(), subject.HasDisagreement, verdict, cells);
    }

    private List<CellView> TableCells(SubjectGroup subject, List<(Parsing.Article Article, Markdown.Claims.AnnotatedClaim Claim)> claims)
    {
        var cells = new List<CellView>();
        foreach (var article in context.Edition.Articles)
        {
            var own = claims.Where(c => c.Article == article).ToList();
            if (own.Count > 0) { cells.Add(FigureCell(own[0].Article, own[0].Claim, string.Join("; ", own.Select(c => c.Claim.Claim.Text)))); continue; }
            var mention = subject.Mentions.FirstOrDefault(m => m.ArticleId == article.Id);
            cells.Add(mention is null
                ? new CellView("empty", null, null, null, null, article.Meta.Title)
                : new CellView("mentioned", "mentioned", context.Urls.Sentence(article, mention.SentenceId), "○", "mentioned without a figure", article.Meta.Title));
        }
        return cells;
    }

    private List<CellView> ListCells(SubjectGroup subject, List<(Parsing.Article Article, Markdown.Claims.AnnotatedClaim Claim)> claims)
    {
        var cells = claims.Take(MaxCellsPerRowInList).Select(c => FigureCell(c.Article, c.Claim, c.Claim.Claim.Text)).ToList();
        foreach (var m in subject.Mentions.Take(Math.Max(0, MaxCellsPerRowInList - cells.Count)))
            if (context.Edition.Find(m.ArticleId) is { } a)
                cells.Add(new CellView("mentioned", "mentioned", context.Urls.Sentence(a, m.SentenceId), "○", "mentioned without a figure", a.Meta.Title));
        return cells;
    }

    private CellView FigureCell(Parsing.Article article, Markdown.Claims.AnnotatedClaim claim, string text)
    {
        var comparison = context.Edition.Comparison.For(claim.ClaimId);
        var (glyph, label) = comparison.DifferCount > 0 ? ("≠", "differs from another report")
            : comparison.AgreeCount > 0 ? ("✓", "agrees with another report") : ((string?)null, (string?)null);
        return new CellView("figure", text, context.Urls.Article(article) + "#" + claim.Anchor, glyph, label, article.Meta.Title);
    }
}
