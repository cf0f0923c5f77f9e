namespace Reader.Claims.Comparison;

/// <summary>
/// One other article's word on a claim's subject.
/// <paramref name="ClaimId"/> is the related claim (null for <see cref="Relation.Mentions"/>);
/// <paramref name="Figure"/> is that claim's words ("mid-March"), null for a mention;
/// <paramref name="Excerpt"/> is the other article's sentence, trimmed for display;
/// <paramref name="IsEarlier"/>/<paramref name="IsLater"/> compare the two articles' publication dates (both false when unknown or equal);
/// <paramref name="Why"/> is the one line of frame evidence behind the comparison ("both: officers shot").
/// </summary>
public sealed record ComparisonEntry(
    Relation Relation,
    string ArticleId,
    string? ClaimId,
    string SentenceId,
    string? Figure,
    string Excerpt,
    DateOnly? Published,
    bool IsEarlier,
    bool IsLater,
    string Why);
