namespace Reader.Theming;

/// <summary>A template that cannot be compiled or rendered: names the theme file and, where it can be found, the line.</summary>
public sealed class TemplateException(string file, int? line, string message) : Exception(message)
{
    public string File { get; } = file;
    public int? Line { get; } = line;

    public override string ToString() => $"{File}{(Line is { } l ? ":" + l : "")}: error: {Message}";
}
