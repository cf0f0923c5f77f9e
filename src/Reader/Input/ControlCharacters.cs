using System.Globalization;
using System.Text;

namespace Reader.Input;

/// <summary>
/// Characters no page may carry: the C0 controls other than tab and line feed, DEL, the C1 controls and the
/// non-characters U+FFFE and U+FFFF. XML forbids most of them (feed.xml and sitemap.xml could not be written),
/// and in HTML they show as nothing or as boxes. They are removed from article text, titles and every other
/// value read, with a warning.
/// </summary>
public static class ControlCharacters
{
    public static bool IsRemoved(char c) =>
        (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';

    /// <summary>The text without them (the same instance when there are none).</summary>
    /// <param name="found">How many were removed, the first one, and its 1-based line in <paramref name="text"/>.</param>
    public static string Remove(string text, out (int Count, char First, int Line) found)
    {
        found = default;
        int first = -1;
        for (int i = 0; i < text.Length; i++)
            if (IsRemoved(text[i])) { first = i; break; }
        if (first < 0) return text;

        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        int count = 0;
        for (int i = first; i < text.Length; i++)
        {
            if (IsRemoved(text[i])) count++;
            else kept.Append(text[i]);
        }
        int line = 1;
        for (int i = 0; i < first; i++) if (text[i] == '\n') line++;
        found = (count, text[first], line);
        return kept.ToString();
    }

    /// <summary>"2 control characters (the first U+0001) removed: …", the warning's words.</summary>
    public static string Warning(int count, char first) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(count == 1 ? "a control character" : $"{count} control characters")} ({(count == 1 ? "" : "the first ")}U+{(int)first:X4}) removed: they cannot be shown or published");
}
