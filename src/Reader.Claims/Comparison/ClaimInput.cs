using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>A claim with its edition-wide id (e.g. "003_ab#c-12500-k7q2a") and the anchor of its sentence.</summary>
public sealed record ClaimInput(string ClaimId, string SentenceId, Claim Claim);
