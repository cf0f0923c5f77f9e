using System.Globalization;

namespace Reader.Parsing;

/// <summary>Reads the publication dates real files carry: "2024-03-04", "4 March 2024", "Mar 4, 2024", ISO timestamps.</summary>
public static class DateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy",
        "MMMM d yyyy", "MMM d yyyy", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "d MMM. yyyy",
    ];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return date;
        if (t.Length > 10 && char.IsDigit(t[0]) && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        return null;
    }
}
