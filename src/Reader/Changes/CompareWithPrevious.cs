using Reader.Analysis;
using Reader.Changes.Published;
using Reader.Input;
using Reader.Pipeline;

namespace Reader.Changes;

/// <summary>
/// The stage after the verdicts: compares this build's claims with the claims.json of the build now in the output
/// folder — read before the new site replaces it — for the changes page, the feed and the summary line. No
/// claims.json there is a first build; one that is not Reader's is a warning, and a first build.
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

    private static ClaimsSnapshot? Read(string outputDirectory, out string? problem) =>
        ClaimsFileReader.Read(outputDirectory, out problem) is { } published ? ClaimsSnapshot.Of(published) : null;
}
