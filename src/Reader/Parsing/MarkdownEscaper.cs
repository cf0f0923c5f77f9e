using System.Text;

namespace Reader.Parsing;

/// <summary>
/// Makes plain text safe to hand to Markdig as Markdown: every character that could start a Markdown
/// construct is backslash-escaped, so article text always comes out as the text it is. Only the
/// brackets of a source marker ("[a1b2c3d4]") are left as they are; every other bracket is escaped, so
/// no link can form and a run of unbalanced "[" cannot nest deeper than Markdig allows.
/// </summary>
public static class MarkdownEscaper
{
    private const string Special = "\\`*_<>&|~!()#{}=+-";

    public static string Escape(string text)
    {
        var trimmed = text.Trim();
        var sb = new StringBuilder(trimmed.Length + 16);
        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c == '[' && Markdown.SourceMarkers.SourceMarkerSyntax.TryParse(trimmed, i) is { } marker)
            {
                sb.Append(trimmed, i, marker.Length);
                i += marker.Length - 1;
                continue;
            }
            if (c is '[' or ']')
            {
                sb.Append('\\').Append(c);
                continue;
            }
            bool midWordDash = (c == '-' || c == '=' || c == '+') && i > 0 && !char.IsWhiteSpace(trimmed[i - 1]);
            if (Special.Contains(c) && !midWordDash) sb.Append('\\');
            else if (c == '.' || c == ')') { if (LeadingOrdinal(trimmed, i)) sb.Append('\\'); }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>"1. " or "12) " at the start of a line would start an ordered list.</summary>
    private static bool LeadingOrdinal(string text, int i)
    {
        for (int j = 0; j < i; j++) if (!char.IsAsciiDigit(text[j])) return false;
        return i > 0;
    }
}
