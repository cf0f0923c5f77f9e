using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Benchmarks.Preview;

/// <summary>
/// The edit the benchmark makes: the first figure of an article's body (after any front matter) becomes
/// a new, distinctive value, so the article's claims — and the comparisons other articles show — change.
/// </summary>
internal static partial class FigureEdit
{
    public static (string Text, string Figure) Apply(string text, int round)
    {
        int bodyStart = 0;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            int close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            if (close > 0) bodyStart = close + 5;
        }
        var match = Figure().Match(text, bodyStart);
        // Thousands separators make the value read as a count, and the round keeps every edit distinct.
        var figure = (91_000 + round * 7).ToString("#,0", CultureInfo.InvariantCulture);
        if (!match.Success) return (text.TrimEnd() + $" The tally reached {figure}.\n", figure);
        return (string.Concat(text.AsSpan(0, match.Index), figure, text.AsSpan(match.Index + match.Length)), figure);
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+|\d{2,}")]
    private static partial Regex Figure();
}
