namespace Reader.Claims.Comparison;

/// <summary>Shortens a sentence for a note, keeping the figure in view and cutting at word boundaries.</summary>
public static class ExcerptTrimmer
{
    public const int MaxLength = 240;

    public static string Trim(string sentence, string? figure = null)
    {
        var text = sentence.Trim();
        if (text.Length <= MaxLength) return text;
        int at = string.IsNullOrEmpty(figure) ? -1 : text.IndexOf(figure, StringComparison.Ordinal);
        int start = at < 0 ? 0 : Math.Max(0, Math.Min(at - MaxLength / 3, text.Length - MaxLength));
        int end = Math.Min(text.Length, start + MaxLength);
        if (start > 0)
        {
            int space = text.IndexOf(' ', start);
            if (space > 0 && space < (at < 0 ? end : at)) start = space + 1;
        }
        if (end < text.Length)
        {
            int space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start && (at < 0 || space >= at + figure!.Length)) end = space;
        }
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }
}
