using Reader.Analysis;
using Reader.Changes.Published;
using Reader.Input;
using Reader.Pipeline;
using Reader.Publishing;

namespace Reader.Changes;

/// <summary>
/// The stage after the verdicts: compares this build's claims with the claims.json of the build now in the output
/// folder — read before the new site replaces it — for the changes page, the feed and the summary line. A folder
/// that is no Reader build (no <see cref="OutputFolder.MarkerName"/> file) or has no claims.json makes a first
/// build; a Reader build's claims.json that cannot be read is a warning, and a first build.
/// </summary>
/// <param name="cache">The previous build's claims, kept while its file is unchanged (the preview keeps one).</param>
public sealed class CompareWithPrevious(PreviousBuildCache? cache = null)
{
    public Edition Run(Edition edition, string outputDirectory, Diagnostics diagnostics)
    {
        string? problem;
        var previous = cache is null ? Read(outputDirectory, out problem) : cache.Get(outputDirectory, Read, out problem);
        if (problem is not null)
            diagnostics.Warn(LoadSources.DisplayPath(Path.Combine(outputDirectory, ClaimsFileReader.FileName)), null,
                problem + ": what changed since the last build is not shown");
        var changes = previous is null ? EditionChanges.First : ChangeFinder.Compare(previous, ClaimsSnapshot.Of(edition));
        return edition.WithChanges(changes);
    }

    private static (ClaimsSnapshot?, string?) Read(string outputDirectory) =>
        (Read(outputDirectory, out var problem), problem);

    private static ClaimsSnapshot? Read(string outputDirectory, out string? problem)
    {
        problem = null;
        if (!File.Exists(Path.Combine(outputDirectory, OutputFolder.MarkerName))) return null;
        return ClaimsFileReader.Read(outputDirectory, out problem) is { } published ? ClaimsSnapshot.Of(published) : null;
    }
}
