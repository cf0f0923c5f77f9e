namespace Reader.Benchmarks.Scale;

/// <summary>One timed child process: wall, peak RSS, CPU (user+sys) and the stage lines it printed.</summary>
internal sealed record MeasuredRun(
    bool Succeeded,
    double WallSeconds,
    double PeakRssMiB,
    double CpuSeconds,
    IReadOnlyDictionary<string, double> Stages,
    string Output);
