namespace Reader.Benchmarks.Recognizers;

/// <summary>One line of the agreement table, with a few disagreeing cases kept for inspection.</summary>
internal sealed record AgreementRow(string File, int Cases, int Agree, int Skipped, IReadOnlyList<string> Samples)
{
    public double Percent => Cases == 0 ? 0 : 100.0 * Agree / Cases;
}
