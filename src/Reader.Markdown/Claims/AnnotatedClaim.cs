using Reader.Claims.Model;

namespace Reader.Markdown.Claims;

public sealed record AnnotatedClaim(string ClaimId, int Number, string Anchor, string SentenceId, Claim Claim);
