namespace Reader.Parsing;

/// <summary>What is known about an article besides its body, from its own header and the edition's overrides.</summary>
public sealed record ArticleMetadata
{
    public required string Title { get; init; }
    /// <summary>True when no title was given anywhere and one was made from the lead.</summary>
    public bool TitleDerived { get; init; }
    public string? Dek { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>When the text was retrieved ("Today : Mar 4, 2024"), if the file says.</summary>
    public DateOnly? Retrieved { get; init; }
    public string? Section { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Slug { get; init; }
    public int? Order { get; init; }
    public bool Draft { get; init; }
}
