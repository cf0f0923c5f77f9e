namespace Reader.DevSet;

/// <summary>A number-like text the labels say is not a claim (a name, an age in passing, a time of day…).</summary>
public sealed record LabelledNotClaim(string Article, string Text, int Start, string Why);
