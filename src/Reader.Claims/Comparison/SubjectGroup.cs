namespace Reader.Claims.Comparison;

/// <summary>
/// One row of the comparison page: a subject that at least two articles speak of, with every claim on it
/// and every article that mentions it without a figure. <see cref="HasDisagreement"/> is true when some
/// pair of its claims differs.
/// </summary>
public sealed record SubjectGroup(
    string Label,
    Reader.Claims.Model.ClaimKind Kind,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<SubjectMention> Mentions,
    bool HasDisagreement);
