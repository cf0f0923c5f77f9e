namespace Reader.DevSet;

/// <summary>
/// One entry of an engine note, in the labels' terms: from a claim (its label, or null when the claim is not
/// labelled) to an article, with a relation, and for agrees/differs the other claim (label or null).
/// <see cref="Correct"/> says whether the labels expect it; <see cref="Why"/> is the note's justification.
/// </summary>
public sealed record MadeLink(ExtractedClaim From, string? Claim, string OtherArticle, string Relation, ExtractedClaim? Other,
    string? OtherClaim, string Excerpt, bool Correct, string? Why);
