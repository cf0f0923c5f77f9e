namespace Reader.Input;

/// <summary>An article file as read: its path relative to the input folder, and its text (BOM stripped, "\n" line ends).</summary>
public sealed record SourceFile(string FullPath, string RelativePath, string Text)
{
    /// <summary>The article's id: its file name without extension.</summary>
    public string Id => Path.GetFileNameWithoutExtension(RelativePath);

    public bool IsMarkdown => RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
