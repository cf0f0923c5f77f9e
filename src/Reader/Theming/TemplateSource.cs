namespace Reader.Theming;

/// <summary>A template file's name as shown in errors ("theme/layouts/article.hbs") and its text.</summary>
public sealed record TemplateSource(string DisplayPath, string Name, string Text)
{
    /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/>, or null.</summary>
    public int? LineOf(string needle)
    {
        int at = Text.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : Text.AsSpan(0, at).Count('\n') + 1;
    }
}
