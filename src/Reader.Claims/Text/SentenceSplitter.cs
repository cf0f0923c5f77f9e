using Reader.Claims.Model;

namespace Reader.Claims.Text;

/// <summary>
/// Splits prose into sentences. A full stop after a known abbreviation ("U.S.", "Dr.", "Feb.", "Corp.")
/// or an initial does not end a sentence unless what follows clearly starts one.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        // TODO(claims-extraction): abbreviation-aware splitting.
        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                spans.Add(Trim(text, start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..])) spans.Add(Trim(text, start, text.Length));
        return spans;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end - start);
    }
}
