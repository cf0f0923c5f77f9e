using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// Which claims may be set against each other at all: money only within one currency (no conversion: rates vary
/// by day and source, and a converted figure is not what any article said); dates and years together; every
/// other kind among itself. Within a group, frames decide.
/// </summary>
internal static class KindGroup
{
    /// <summary>The group's name, one string per group (interned), so comparing two claims' groups is mostly a reference check.</summary>
    public static string Of(Claim claim) => string.Intern(claim.Kind switch
    {
        ClaimKind.Money => "money|" + claim.Unit.Trim().ToUpperInvariant(),
        ClaimKind.Date or ClaimKind.Year => "time",
        _ => claim.Kind.ToString().ToLowerInvariant(),
    });
}
