using System.Text;

namespace Reader.Theming;

/// <summary>
/// Escapes text for HTML element content and quoted or unquoted attribute values: &amp; &lt; &gt; &quot; ' ` =,
/// the set Mustache-style engines escape and the one the theme's pages were always escaped with, so moving
/// the theme to Scriban left every page's bytes as they were. Scriban's <c>html.escape</c> (WebUtility)
/// would also turn every Latin-1 letter into a numeric reference.
/// </summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'`=");

    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#x27;"); break;
                case '`': escaped.Append("&#x60;"); break;
                case '=': escaped.Append("&#x3D;"); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
