namespace Reader.Tests.Support;

/// <summary>A theory over the BASIL corpus folders; skipped, saying why, when /work/shared is absent.</summary>
public sealed class BasilTheoryAttribute : TheoryAttribute
{
    public BasilTheoryAttribute()
    {
        if (!Directory.Exists(RepoPaths.Basil)) Skip = $"BASIL corpus not found at {RepoPaths.Basil} (the shared test material is read from ../shared beside the repository)";
    }

    /// <summary>The corpus's cluster folders ("01-…", "02-…"), or one placeholder so the skipped theory still lists.</summary>
    public static TheoryData<string> Clusters()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepoPaths.Basil))
            foreach (var dir in Directory.EnumerateDirectories(RepoPaths.Basil).Order(StringComparer.Ordinal))
                if (File.Exists(Path.Combine(dir, "cluster.json"))) data.Add(Path.GetFileName(dir));
        if (data.Count == 0) data.Add("none");
        return data;
    }
}
