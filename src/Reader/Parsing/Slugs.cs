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
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = Fold(raw);
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

    // With invariant globalization (the build's setting) Normalize does not decompose, so the
    // common Latin letters with accents are folded here.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĖėĘęĚěÌÍÎÏìíîïĪīĮįıÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŠšŞşŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŸŹźŻżŽžŁł";
    private const string Folded = "AAAAAAaaaaaaAaAaAaCcCcCcDdEEEEeeeeEeEeEeEeIIIIiiiiIiIiiNnNnNnOOOOOOooooooOoOoRrSsSsSsTtUUUUuuuuUuUuUuYyyYZzZzZzLl";

    private static char Fold(char c)
    {
        if (c < 128) return c;
        int i = Accented.IndexOf(c);
        return i >= 0 ? Folded[i] : c;
    }
}
