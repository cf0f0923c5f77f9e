namespace Reader.Rendering.Views;

/// <summary>What every page's frame needs: edition title, language, and the links of the header and footer.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string Lang,
    string HomeHref,
    string SourcesHref,
    string ClaimsHref,
    string ChangesHref,
    string StylesheetHref,
    string ScriptHref,
    string FeedHref,
    string Generator,
    string SearchHref,
    string SearchScriptHref,
    string SearchIndexHref,
    string DisagreementsHref,
    IReadOnlyList<LinkView> BrowseLinks)
{
    public bool HasBrowseLinks => BrowseLinks.Count > 0;
}
