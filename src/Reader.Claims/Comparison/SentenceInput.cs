namespace Reader.Claims.Comparison;

/// <summary>A sentence with its stable page anchor (e.g. "s-k7q2a").</summary>
public sealed record SentenceInput(string SentenceId, string Text);
