using System.Globalization;
using Reader.Claims.Model;

namespace Reader.Benchmarks.Recognizers;

/// <summary>
/// How one spec file is compared with our claims: both sides are reduced to a set of value keys
/// ("1300", "14900000000 USD", "(,700]" → ",700"), and a case agrees when the sets are equal.
/// </summary>
internal sealed record SpecModel(string File, Func<SpecResult, string?> Expected, Func<Claim, IEnumerable<string>> Ours)
{
    public static readonly SpecModel[] All =
    [
        new("NumberModel.json", r => Num(r.Value), NumberKeys),
        new("PercentModel.json", r => Num(r.Value?.TrimEnd('%')), c => c.Kind == ClaimKind.Percent ? Values(c) : []),
        new("NumberRangeModel.json", r => Interval(r.Value), RangeKeys),
        new("OrdinalModel.json", r => r.TypeName == "ordinal" ? Num(r.Value) : "relative:" + r.Value,
            c => c.Kind == ClaimKind.Ordinal ? Values(c) : []),
        new("CurrencyModel.json", r => Num(r.Value) is { } v ? (r.IsoCurrency is { } iso ? $"{v} {iso}" : v) : null, CurrencyKeys),
    ];

    private static IEnumerable<string> Values(Claim c)
    {
        if (c.Value.Low is { } low) yield return Num(low);
        if (c.Value.IsRange && c.Value.High is { } high) yield return Num(high);
    }

    /// <summary>NumberModel reads every number, whatever it measures; dates are not numbers there.</summary>
    private static IEnumerable<string> NumberKeys(Claim c) => c.Kind == ClaimKind.Date ? [] : Values(c);

    private static IEnumerable<string> CurrencyKeys(Claim c)
    {
        if (c.Kind != ClaimKind.Money) yield break;
        foreach (var v in Values(c))
        {
            yield return v;              // matched when the spec gives no ISO code
            yield return $"{v} {c.Unit}"; // matched when it does
        }
    }

    /// <summary>Hedged and ranged figures as intervals; brackets (open/closed) are not compared, only the ends.</summary>
    private static IEnumerable<string> RangeKeys(Claim c)
    {
        if (c.Kind is ClaimKind.Date or ClaimKind.Ordinal || c.Value.Low is not { } low) yield break;
        decimal high = c.Value.High ?? low;
        if (c.Value.IsRange) { yield return $"{Num(low)},{Num(high)}"; yield break; }
        switch (c.Qualifier)
        {
            case Qualifier.MoreThan or Qualifier.AtLeast: yield return $"{Num(low)},"; break;
            case Qualifier.UpTo or Qualifier.LessThan: yield return $",{Num(low)}"; break;
        }
    }

    private static string? Interval(string? value)
    {
        if (value is null || value.Length < 3) return null;
        var parts = value[1..^1].Split(',');
        if (parts.Length != 2) return null;
        string end(string s) => s.Trim().Length == 0 ? "" : Num(s.Trim()) ?? s.Trim();
        return $"{end(parts[0])},{end(parts[1])}";
    }

    private static string? Num(string? s) =>
        s is not null && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Num(d) : s;

    private static string Num(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);
}
