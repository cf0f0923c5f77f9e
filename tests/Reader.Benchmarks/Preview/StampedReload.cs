namespace Reader.Benchmarks.Preview;

/// <summary>A reload event and the <see cref="System.Diagnostics.Stopwatch"/> timestamp it arrived at.</summary>
internal sealed record StampedReload(long ArrivedAt, bool All, IReadOnlyList<string> Paths);
