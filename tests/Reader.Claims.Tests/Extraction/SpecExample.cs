namespace Reader.Claims.Tests.Extraction;

/// <summary>One example of claims.spec.md: the input text and the expected claims, one line each.</summary>
public sealed record SpecExample(string Section, int Line, string Input, DateOnly? Published, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Section} (line {Line}): {Input}";
}
