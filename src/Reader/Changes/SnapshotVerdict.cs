namespace Reader.Changes;

/// <summary>An applied verdict as builds are compared (its note aside: rewording a note changes no verdict).</summary>
public sealed record SnapshotVerdict(string Kind, string Claim, string? Other, string? Relation)
{
    public string? Note { get; init; }
}
