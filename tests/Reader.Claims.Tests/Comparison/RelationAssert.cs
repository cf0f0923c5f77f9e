using Reader.Claims.Comparison;

namespace Reader.Claims.Tests.Comparison;

/// <summary>Reads a comparison the way a note would: "claim X relates to claim Y as …".</summary>
public static class RelationAssert
{
    public static Relation? Between(EditionComparison comparison, string claimId, string otherClaimId) =>
        comparison.For(claimId).Nearest.FirstOrDefault(e => e.ClaimId == otherClaimId)?.Relation;

    public static void Related(EditionComparison comparison, string claimId, string otherClaimId, Relation expected)
    {
        Assert.Equal(expected, Between(comparison, claimId, otherClaimId));
        // Relations are symmetric: the other claim's note must say the same.
        Assert.Equal(expected, Between(comparison, otherClaimId, claimId));
    }

    public static void Unrelated(EditionComparison comparison, string claimId, string otherClaimId)
    {
        Assert.Null(Between(comparison, claimId, otherClaimId));
        Assert.Null(Between(comparison, otherClaimId, claimId));
    }
}
