using System.Globalization;
using Reader.Claims.Extraction.Lexicons;
using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>Writes the reader-facing normalised figure: "7,200,000,000 USD", "≈ 48,000 troops", "2025-03-03", "301–112".</summary>
internal static class ClaimFormatter
{
    public static string Normalised(ClaimKind kind, ClaimValue value, string unit, Qualifier qualifier)
    {
        string hedge = Hedges.Symbol(qualifier);
        if (kind is ClaimKind.Date or ClaimKind.Year && value.Iso is { } iso) return hedge + iso;
        // A tally is a pair, not a range: both numbers in written order, for then against.
        if (kind == ClaimKind.Tally) return $"{Number(value.Low ?? 0)}–{Number(value.High ?? 0)}";
        string number = value.IsRange ? $"{Number(value.Low!.Value)}–{Number(value.High!.Value)}" : Number(value.Low ?? 0);
        return kind switch
        {
            ClaimKind.Money => $"{hedge}{number} {unit}",
            ClaimKind.Percent => unit == "%" ? $"{hedge}{number}%" : $"{hedge}{number} {unit}s",
            ClaimKind.Duration => $"{hedge}{number} {Plural(unit, value)}",
            ClaimKind.Ordinal => value.IsRange ? number : Ordinal(value.Low ?? 0),
            _ => unit.Length > 0 ? $"{hedge}{number} {unit}" : hedge + number,
        };
    }

    public static string Number(decimal d) => d.ToString("#,##0.############", CultureInfo.InvariantCulture);

    private static string Plural(string unit, ClaimValue value)
    {
        if (value.Low == 1 && !value.IsRange) return unit;
        return unit == "century" ? "centuries" : unit + "s";
    }

    private static string Ordinal(decimal d) => Number(d) + NumberWords.OrdinalSuffix((long)d);
}
