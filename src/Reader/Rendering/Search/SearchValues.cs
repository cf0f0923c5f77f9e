using System.Globalization;
using Reader.Claims.Model;

namespace Reader.Rendering.Search;

/// <summary>
/// A figure's value as index terms, so a reader finds it whatever way it was written: "#54000" for 54,000,
/// "approximately 54,000" or "54k"; "#14900000000" for "$14.9 billion"; "#2" for "2%"; "#2025-02-07" and
/// "#2025-02" for "February 7, 2025". The page's script turns what a reader types into the same terms.
/// Numbers are written with at most four decimals, no exponent and no trailing zeros.
/// </summary>
public static class SearchValues
{
    public const char Prefix = '#';

    public static IEnumerable<string> Of(Claim claim)
    {
        var value = claim.Value;
        if (claim.Kind == ClaimKind.Date && value.Iso is { Length: > 0 } iso)
        {
            yield return Prefix + iso;
            if (iso.Length == 10) yield return Prefix + iso[..7];
            yield break;
        }
        if (value.Low is { } low) yield return Prefix + Number(low);
        if (value.High is { } high && high != value.Low) yield return Prefix + Number(high);
    }

    public static string Number(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
