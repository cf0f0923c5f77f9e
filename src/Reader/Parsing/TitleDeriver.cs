using Reader.Claims.Text;

namespace Reader.Parsing;

/// <summary>
/// Makes a headline for an article that has none anywhere, from its lead: the first sentence, cut at
/// a word boundary when long. Never "Untitled": an edition's contents must tell articles apart.
/// </summary>
public static class TitleDeriver
{
    private const int MaxLength = 90;

    public static string FromLead(string lead)
    {
        var clean = StripMarkers(lead).Trim();
        var sentences = SentenceSplitter.Split(clean);
        var first = sentences.Count > 0 ? sentences[0].Of(clean) : clean;
        first = first.TrimEnd('.', ' ');
        if (first.Length <= MaxLength) return first.Length > 0 ? first : "Article";
        var cut = first.LastIndexOf(' ', MaxLength - 1);
        var head = first[..(cut > 20 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ', '—', '-');
        return head + "…";
    }

    private static string StripMarkers(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '[' && Reader.Markdown.SourceMarkers.SourceMarkerSyntax.TryParse(text, i) is { } m)
            {
                i += m.Length - 1;
                continue;
            }
            sb.Append(text[i]);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
