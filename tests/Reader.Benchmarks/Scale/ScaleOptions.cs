namespace Reader.Benchmarks.Scale;

/// <summary>Command line of `scale`: sizes to generate, counted runs each, the BBC folder, where to work.</summary>
internal sealed record ScaleOptions(int[] Sizes, int Runs, string? Bbc, int Seed, string WorkDirectory, bool Hugo)
{
    /// <summary>The shared corpus beside the repository (../shared), read where it stands.</summary>
    public static string DefaultBbc => Path.GetFullPath(Path.Combine(Reader.Benchmarks.Preview.BenchmarkEdition.FindRepo(), "..", "shared", "corpora", "bbc-news-flat"));

    public static ScaleOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var sizes = (Value("--sizes") ?? "1000,10000,20000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var bbc = Value("--bbc") ?? (Directory.Exists(DefaultBbc) ? DefaultBbc : null);
        if (args.Contains("--no-bbc")) bbc = null;
        return new ScaleOptions(
            sizes,
            Math.Max(1, int.Parse(Value("--runs") ?? "3")),
            bbc,
            int.Parse(Value("--seed") ?? "42"),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "reader-scale"),
            !args.Contains("--no-hugo"));
    }
}
