namespace Reader.Claims.Tests.Extraction;

/// <summary>One example of frames.spec.md: the input, its publication date, and per claim the fields expected.</summary>
public sealed record FrameSpecExample(string Section, int Line, string Input, DateOnly? Published, IReadOnlyList<(string Claim, IReadOnlyDictionary<string, string> Fields)> Expected);
