namespace Reader.Markdown.Tests;

/// <summary>One example of a spec file: Markdown in, fragments that must (or must not) be in the HTML out.</summary>
public sealed record SpecExample(string File, int Line, string Title, bool Annotate, string Markdown,
    IReadOnlyList<string> Expected, IReadOnlyList<string> Forbidden)
{
    public override string ToString() => $"{File}:{Line} {Title}";
}
