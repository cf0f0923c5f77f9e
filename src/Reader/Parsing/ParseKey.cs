namespace Reader.Parsing;

/// <summary>What an article was parsed from: equal keys parse to equal articles.</summary>
public sealed record ParseKey(string Text, string Overrides, string FullPath);
