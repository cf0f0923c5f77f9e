using Reader.Analysis;
using Reader.Rendering;

namespace Reader.Pipeline;

/// <summary>What a build produced: the edition, the site's files, findings and stage timings.</summary>
public sealed record BuildResult(
    Edition? Edition,
    IReadOnlyList<SiteFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    StageTimings Timings)
{
    public bool Succeeded => Edition is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>"5 articles · 2 sources · 7 citations · 41 claims · 2 warnings · 0.84 s".</summary>
    public string Summary()
    {
        var e = Edition;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{e?.Articles.Count ?? 0} articles · {e?.Sources.Sources.Count ?? 0} sources · {e?.Sources.CitationCount ?? 0} citations · " +
            $"{e?.ClaimCount ?? 0} claims · {Warnings} warnings · {Timings.Total.TotalSeconds:0.00} s");
    }

    /// <summary>"since the last build: 1 figure added, 0 removed, …", or "first build" when the output folder held no earlier build.</summary>
    public string ChangesSummary() => (Edition?.Changes ?? Changes.EditionChanges.First).Summary();
}
