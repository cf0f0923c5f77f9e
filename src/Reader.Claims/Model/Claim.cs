namespace Reader.Claims.Model;

/// <summary>
/// One numeric claim found in a text. Offsets are into the text given to
/// <see cref="Extraction.ClaimExtractor.Extract"/>, so a caller can wrap the exact words.
/// </summary>
public sealed record Claim
{
    /// <summary>Offset of the first character of <see cref="Text"/> in the input.</summary>
    public required int Start { get; init; }
    public required int Length { get; init; }
    /// <summary>The exact words as they stand, hedge included ("approximately 48,000").</summary>
    public required string Text { get; init; }
    public required ClaimKind Kind { get; init; }
    public required ClaimValue Value { get; init; }
    /// <summary>"USD", "EUR", "%", "day", "year", "month", or the counted noun ("worker"); "" when none.</summary>
    public required string Unit { get; init; }
    public required Qualifier Qualifier { get; init; }
    /// <summary>What is counted or dated, and the sentence's content words used to match it across articles.</summary>
    public required Subject Subject { get; init; }
    /// <summary>What the figure measures: thing, act, holder, time (see <see cref="Model.Frame"/>).</summary>
    public Frame Frame { get; init; } = Frame.Empty;
    /// <summary>Index of the sentence holding the claim, into <see cref="Text.SentenceSplitter.Split"/> of the same input.</summary>
    public required int SentenceIndex { get; init; }
    /// <summary>The figure as normalised, for readers: "7,200,000,000 USD", "2025-03-03", "≈ 48,000 troops".</summary>
    public required string Normalised { get; init; }

    public int End => Start + Length;
}
