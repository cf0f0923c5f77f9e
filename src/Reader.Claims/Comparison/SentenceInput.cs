namespace Reader.Claims.Comparison;

/// <summary>A sentence with its stable page anchor (e.g. "s3-2").</summary>
public sealed record SentenceInput(string SentenceId, string Text);
