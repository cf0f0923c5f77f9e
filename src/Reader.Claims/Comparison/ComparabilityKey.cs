using Reader.Claims.Model;
using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>
/// Which claims may be set against each other at all. Money compares only within one currency (no
/// conversion: rates vary by day and source, and a converted figure is not what any article said);
/// counts only with the same counted noun or event (<see cref="Subject.Head"/>, else the unit);
/// dates and years together; percentages, durations and ordinals each among themselves.
/// </summary>
internal static class ComparabilityKey
{
    public static string Of(Claim claim) => claim.Kind switch
    {
        ClaimKind.Money => "money|" + claim.Unit.Trim().ToUpperInvariant(),
        ClaimKind.Count => "count|" + CountedThing(claim),
        ClaimKind.Ordinal => "ordinal|" + CountedThing(claim),
        ClaimKind.Date or ClaimKind.Year => "time",
        ClaimKind.Percent => "percent",
        ClaimKind.Duration => "duration",
        _ => "other|" + claim.Kind,
    };

    /// <summary>True when the key names no counted thing, so the words next to the figure must say it.</summary>
    public static bool IsHeadless(string key) => key is "count|" or "ordinal|";

    private static string CountedThing(Claim claim)
    {
        // Stem again: the head may arrive stemmed or not, and both sides must meet in one form.
        var head = Stem(claim.Subject.Head);
        return head != "" ? head : Stem(claim.Unit);
    }

    private static string Stem(string words)
    {
        if (string.IsNullOrWhiteSpace(words)) return "";
        var terms = TermExtractor.Terms(words);
        return terms.Count > 0 ? terms[^1] : words.Trim().ToLowerInvariant();
    }
}
