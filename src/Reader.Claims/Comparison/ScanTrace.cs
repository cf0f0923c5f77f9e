namespace Reader.Claims.Comparison;

/// <summary>What one candidate scan read (<see cref="ScanSpan"/>s) and the candidates it found, in order.</summary>
internal sealed class ScanTrace
{
    public List<ScanSpan> Spans { get; } = [];
    public List<int> Candidates { get; } = [];
}
