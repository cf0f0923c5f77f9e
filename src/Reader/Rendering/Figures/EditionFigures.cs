using Reader.Analysis;
using Reader.Claims.Comparison;

namespace Reader.Rendering.Figures;

/// <summary>
/// What the edition's figures say taken together, worked out once before any page renders (pages render in
/// parallel and only read it): the subjects whose reports disagree, largest relative difference first, and
/// the subjects enough dated articles give a figure for to draw over time. Subjects are numbered as the
/// comparison pages number their rows (1 = the first of <see cref="EditionComparison.Subjects"/>). It reads the
/// edition as the editors' verdicts leave it: a rejected comparison no longer joins two figures in a row, and a
/// figure ruled not a claim is in none.
/// </summary>
public sealed class EditionFigures
{
    /// <summary>A timeline needs this many articles with a publication date giving the subject a figure.</summary>
    public const int MinTimelineArticles = 3;

    private readonly Dictionary<string, Timeline> timelineByClaim;

    private EditionFigures(IReadOnlyList<Disagreement> disagreements, IReadOnlyList<Timeline> timelines, Dictionary<string, Timeline> timelineByClaim)
    {
        Disagreements = disagreements;
        Timelines = timelines;
        this.timelineByClaim = timelineByClaim;
        bySubject = timelines.ToDictionary(t => t.SubjectNumber);
    }

    /// <summary>Largest relative difference first.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; }

    /// <summary>In the order of the subjects on the comparison pages.</summary>
    public IReadOnlyList<Timeline> Timelines { get; }

    /// <summary>The timeline of subject <paramref name="number"/>, if it has one.</summary>
    public Timeline? TimelineOfSubject(int number) => bySubject.GetValueOrDefault(number);

    private readonly Dictionary<int, Timeline> bySubject;

    /// <summary>The timeline a claim's subject is drawn on, if any.</summary>
    public Timeline? TimelineOf(string claimId) => timelineByClaim.GetValueOrDefault(claimId);

    public static EditionFigures Of(Edition edition)
    {
        var disagreements = new List<Disagreement>();
        var timelines = new List<Timeline>();
        var byClaim = new Dictionary<string, Timeline>(StringComparer.Ordinal);
        var subjects = edition.Comparison.Subjects;
        for (int i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            var reports = subject.ClaimIds.Where(id => Compared(edition, id)).Select(edition.FindClaim).Where(r => r is not null)
                .Select(r => new FigureReport(r!.Value.Article, r.Value.Claim)).ToList();
            if (subject.HasDisagreement && DisagreementOf(i + 1, subject, reports) is { } disagreement)
                disagreements.Add(disagreement);
            if (TimelineOf(i + 1, subject, reports) is { } timeline)
            {
                timelines.Add(timeline);
                foreach (var report in reports) byClaim.TryAdd(report.Claim.ClaimId, timeline);
            }
        }
        var ordered = disagreements
            .OrderByDescending(d => d.RelativeDifference)
            .ThenByDescending(d => d.Figures.Sum(f => f.Reports.Count))
            .ThenBy(d => d.SubjectNumber)
            .ToList();
        return new EditionFigures(ordered, timelines, byClaim);
    }

    /// <summary>
    /// Whether a claim still agrees or differs with another report once the editors' verdicts are applied. Every
    /// claim of an engine's row does; a row the verdicts keep whole (<see cref="Verdicts.ApplyVerdicts"/>) may hold
    /// one whose every comparison was rejected, and a figure set against nothing competes with nothing.
    /// </summary>
    private static bool Compared(Edition edition, string claimId)
    {
        var comparison = edition.Comparison.For(claimId);
        return comparison.AgreeCount + comparison.DifferCount > 0;
    }

    /// <summary>The subject's distinct figures (as normalised), smallest first; null when they come to fewer than two.</summary>
    private static Disagreement? DisagreementOf(int number, SubjectGroup subject, List<FigureReport> reports)
    {
        var figures = reports
            .Select(r => (Report: r, Value: FigureValue.Of(r.Claim.Claim)))
            .Where(r => r.Value is not null)
            .GroupBy(r => KeyOf(r.Report), StringComparer.Ordinal)
            .Select(g => new CompetingFigure(KeyOf(g.First().Report), g.First().Value!.Value, g.Select(r => r.Report).ToList()))
            .OrderBy(f => f.Value)
            .ThenBy(f => f.Text, StringComparer.Ordinal)
            .ToList();
        if (figures.Count < 2) return null;
        double relative = FigureValue.RelativeDifference(subject.Kind, figures[0].Value, figures[^1].Value);
        return new Disagreement(number, subject.Label, subject.Kind, relative, figures);
    }

    private static string KeyOf(FigureReport report) =>
        string.IsNullOrEmpty(report.Claim.Claim.Normalised) ? report.Claim.Claim.Text : report.Claim.Claim.Normalised;

    /// <summary>One point per dated article (its first figure on the subject); null when fewer than <see cref="MinTimelineArticles"/> articles.</summary>
    private static Timeline? TimelineOf(int number, SubjectGroup subject, List<FigureReport> reports)
    {
        var points = new List<TimelinePoint>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (report.Article.Meta.Published is not { } published || FigureValue.Of(report.Claim.Claim) is not { } value) continue;
            if (seen.Add(report.Article.Id)) points.Add(new TimelinePoint(published, value, report));
        }
        if (points.Count < MinTimelineArticles) return null;
        return new Timeline(number, subject.Label, subject.Kind, points.OrderBy(p => p.Published).ToList());
    }
}
