using Reader.Analysis;
using Reader.Claims.Comparison;
using Reader.Markdown.Rendering;
using Reader.Rendering.Figures;

namespace Reader.Rendering;

/// <summary>Answers the Markdig renderers' questions from the analysed edition: source links, claim notes and their numbers, verdicts applied, and the timeline each note links to.</summary>
public sealed class EditionResolver(Edition edition, SiteUrls urls, EditionFigures? figures = null) : IAnnotationResolver
{
    public SourceReference ResolveSource(string sourceId)
    {
        var source = edition.Sources.Find(sourceId);
        return new SourceReference(urls.Source(sourceId), source?.Number ?? 0, source?.DisplayTitle ?? sourceId);
    }

    public ClaimNote ResolveClaim(string claimId)
    {
        var comparison = edition.Comparison.For(claimId);
        var entries = new List<ClaimNoteEntry>(comparison.Nearest.Count);
        foreach (var entry in comparison.Nearest)
        {
            if (edition.Find(entry.ArticleId) is not { } other) continue;
            var target = Verdicts.EditionRef.TargetOf(entry);
            var check = edition.Verdicts.CheckOf(claimId, target);
            entries.Add(new ClaimNoteEntry(
                Relation(entry.Relation),
                other.Meta.Title,
                urls.Sentence(other, entry.SentenceId),
                entry.Figure,
                entry.Excerpt,
                When(entry),
                entry.Why,
                target,
                check is not null,
                check?.Note));
        }
        return new ClaimNote(
            entries,
            comparison.AgreeCount,
            comparison.DifferCount,
            comparison.MentionCount,
            comparison.NotShown,
            comparison.NotShown > 0 ? urls.Claims : null,
            figures?.TimelineOf(claimId) is { } timeline ? urls.Timeline(timeline.SubjectNumber) : null);
    }

    public int? NoteNumber(string claimId, int number) => edition.NoteNumber(claimId, number);

    public static string Relation(Relation relation) => relation switch
    {
        Claims.Comparison.Relation.Agrees => "agrees",
        Claims.Comparison.Relation.Differs => "differs",
        _ => "mentions",
    };

    /// <summary>"an earlier report, on 4 Mar 2024": publication order matters when figures change.</summary>
    public static string? When(ComparisonEntry entry)
    {
        if (entry.Published is not { } date) return null;
        if (entry.IsEarlier) return $"an earlier report, on {DateFormat.Short(date)}";
        if (entry.IsLater) return $"a later report, on {DateFormat.Short(date)}";
        return $"published {DateFormat.Short(date)}";
    }
}
