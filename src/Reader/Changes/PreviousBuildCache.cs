namespace Reader.Changes;

/// <summary>
/// The previous build's claims, read once while its claims.json is unchanged: the preview compares every rebuild
/// with the same output folder, whose claims.json (170 MB at 10,000 articles) only a real build rewrites.
/// </summary>
public sealed class PreviousBuildCache
{
    private (string Path, long Length, DateTime Written)? stamp;
    private ClaimsSnapshot? snapshot;
    private string? problem;

    public ClaimsSnapshot? Get(string outputDirectory, Func<string, (ClaimsSnapshot?, string?)> read, out string? readProblem)
    {
        var file = new FileInfo(Path.Combine(outputDirectory, Published.ClaimsFileReader.FileName));
        (string, long, DateTime)? now = file.Exists ? (file.FullName, file.Length, file.LastWriteTimeUtc) : null;
        if (now is null || stamp != now) (snapshot, problem) = read(outputDirectory);
        stamp = now;
        readProblem = problem;
        return snapshot;
    }
}
