using System.Globalization;
using Reader.Claims.Model;

namespace Reader.Rendering.Search;

/// <summary>
/// A figure's value as index terms, so a reader finds it whatever way it was written: "#38500" for 38,500,
/// "about 38,500" or "38.5k"; "#3200000000" for "$3.2 billion"; "#2" for "2%"; "#2024-03-03" and
/// "#2024-03" for "March 3, 2024". The page's script turns what a reader types into the same terms.
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
