using System.Globalization;
using System.Text;

namespace Reader.Pipeline;

/// <summary>
/// A value as a message quotes it: in double quotes, cut at 80 characters, control characters written as
/// "\x09" — a hostile megabyte is never printed whole, and a message stays one line.
/// </summary>
public static class Quoted
{
    public const int MaxLength = 80;

    public static string Text(string? value)
    {
        var v = value ?? "";
        var shown = new StringBuilder(Math.Min(v.Length, MaxLength) + 8).Append('"');
        for (int i = 0; i < v.Length && i < MaxLength; i++)
        {
            if (i == MaxLength - 1 && v.Length > MaxLength) { shown.Append('…'); break; }
            char c = v[i];
            if (char.IsControl(c)) shown.Append(string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"));
            else shown.Append(c);
        }
        return shown.Append('"').ToString();
    }
}
