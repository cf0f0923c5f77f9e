namespace Reader.Parsing;

/// <summary>
/// An article's header fields as its file gives them, and its body as Markdown.
/// <see cref="SourceLines"/> maps each Markdown line (0-based) to the file's line (1-based), so
/// findings in the body can name the line an editor sees.
/// </summary>
public sealed record ArticleDraft
{
    public string? Title { get; init; }
    public string? Dek { get; init; }
    public string? Published { get; init; }
    public int? PublishedLine { get; init; }
    public DateOnly? Retrieved { get; init; }
    public string? Section { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Slug { get; init; }
    public bool Draft { get; init; }
    public required string Markdown { get; init; }
    public required int[] SourceLines { get; init; }

    public int SourceLineOf(int markdownLine) =>
        markdownLine >= 0 && markdownLine < SourceLines.Length ? SourceLines[markdownLine] : markdownLine + 1;
}
