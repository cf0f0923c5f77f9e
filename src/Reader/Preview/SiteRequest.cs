namespace Reader.Preview;

/// <summary>What a request path resolves to; see <see cref="SiteRequestKind"/>.</summary>
public sealed record SiteRequest(SiteRequestKind Kind, string? SitePath = null, string? Location = null)
{
    public static SiteRequest NotFound { get; } = new(SiteRequestKind.NotFound);
    public static SiteRequest Refused { get; } = new(SiteRequestKind.Refused);
}
