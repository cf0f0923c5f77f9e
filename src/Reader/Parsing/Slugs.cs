using System.Globalization;
using System.Text;

namespace Reader.Parsing;

/// <summary>URL slugs: lower-case ASCII words joined by "-", accents folded ("Café" → "cafe").</summary>
public static class Slugs
{
    private const int MaxLength = 72;

    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c != '\'' && c != '’') dash = true;
            if (sb.Length >= MaxLength) break;
        }
        return sb.ToString().Trim('-');
    }
}
