namespace Reader.Rendering.Views;

/// <summary>
/// Optional text as templates test it: absent is null, never "". Scriban counts "" as true in an
/// <c>if</c>, so an empty value from edition.yml would otherwise print an empty element.
/// </summary>
public static class ViewText
{
    public static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
