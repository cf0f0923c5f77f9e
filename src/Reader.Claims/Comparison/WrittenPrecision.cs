using System.Globalization;
using System.Text.RegularExpressions;
using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// How precisely a figure was written, as half a unit of its last significant digit in the claim's own
/// scale: "$1.4 billion" → 0.05 billion, "$1.375 billion" → 0.0005 billion, "48,000" → 500.
/// </summary>
/// <remarks>
/// Trailing zeros count as rounding only from 1,000 up: "48,000 troops" is almost always a round figure,
/// while "120 homes" or "30 injured" are usually exact counts, and treating them as ±5 would make
/// 30 agree with 27.
/// </remarks>
internal static partial class WrittenPrecision
{
    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();

    public static double HalfUnit(Claim claim, double normalisedLow)
    {
        var match = Number().Match(claim.Text);
        if (!match.Success) return 0;
        var written = match.Value.Replace(",", "");
        if (!double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number == 0)
            return 0;

        double unit;
        int dot = written.IndexOf('.');
        if (dot >= 0)
        {
            unit = Math.Pow(10, -(written.Length - dot - 1));
        }
        else if (number >= 1000)
        {
            int zeros = 0;
            for (int i = written.Length - 1; i > 0 && written[i] == '0'; i--) zeros++;
            unit = Math.Pow(10, zeros);
        }
        else
        {
            unit = 1;
        }

        // The written figure may be scaled ("1.4" of "$1.4 billion"); carry the unit into the normalised scale.
        double scale = normalisedLow != 0 ? Math.Abs(normalisedLow / number) : 1;
        if (double.IsNaN(scale) || double.IsInfinity(scale) || scale <= 0) scale = 1;
        // Whole-number counts can't be rounded by less than one: "12 killed" is exact.
        return claim.Kind is ClaimKind.Count or ClaimKind.Ordinal && unit * scale <= 1 ? 0 : unit * scale / 2;
    }
}
