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

    /// <summary>
    /// The subject's distinct figures, smallest first; null when they come to fewer than two. Figures are the same
    /// when they span the same values on the engine's scale (<see cref="ClaimScale"/>): "early" and "mid-" a month
    /// are two figures though both normalise to the month. Each is shown in its first report's words, or as
    /// normalised where two figures are written alike ("Friday" for two different Fridays).
    /// </summary>
    private static Disagreement? DisagreementOf(int number, SubjectGroup subject, List<FigureReport> reports)
    {
        var groups = reports
            .Select(r => (Report: r, Span: ClaimScale.Span(r.Claim.Claim)))
            .Where(r => r.Span is not null)
            .GroupBy(r => r.Span!.Value)
            .Select(g => (Reports: g.Select(r => r.Report).ToList(), g.Key.Low, g.Key.High))
            .ToList();
        // The two figures furthest apart: the lowest top against the highest bottom. A figure whose span holds
        // another ("2016" and "March 3, 2016") is no difference from it; when every span shares a value there is none.
        double lowestHigh = groups.Select(g => g.High).DefaultIfEmpty().Min(), highestLow = groups.Select(g => g.Low).DefaultIfEmpty().Max();
        if (groups.Count < 2 || highestLow <= lowestHigh) return null;
        var written = groups.GroupBy(g => g.Reports[0].Claim.Claim.Text, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Count(), StringComparer.Ordinal);
        var figures = groups
            .Select(g => new CompetingFigure(TextOf(g.Reports[0], written), (g.Low + g.High) / 2, g.Reports))
            .OrderBy(f => f.Value)
            .ThenBy(f => f.Text, StringComparer.Ordinal)
            .ToList();
        double relative = FigureValue.RelativeDifference(subject.Kind, lowestHigh, highestLow);
        return new Disagreement(number, subject.Label, subject.Kind, relative, FigureValue.Gap(subject.Kind, lowestHigh, highestLow), figures);
    }

    private static string TextOf(FigureReport report, Dictionary<string, int> written)
    {
        var claim = report.Claim.Claim;
        return written[claim.Text] == 1 || string.IsNullOrEmpty(claim.Normalised) ? claim.Text : claim.Normalised;
    }

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
